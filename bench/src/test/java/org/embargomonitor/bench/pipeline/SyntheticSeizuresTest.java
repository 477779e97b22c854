package org.embargomonitor.bench.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class SyntheticSeizuresTest {

    private static final List<String> LISTED = List.of("AL-SHABAAB", "LORD'S RESISTANCE ARMY", "ALLIED DEMOCRATIC FORCES");
    private static final List<SyntheticSeizures.Seizure> SEIZURES = SyntheticSeizures.generate(20_000, 42, LISTED);
    private static final List<SyntheticSeizures.Item> ITEMS = SEIZURES.stream().flatMap(s -> s.items().stream()).toList();

    @Test
    void shouldHoldExactlyTheItemsAskedForAndBeTheSameForASeed() throws Exception {
        assertThat(ITEMS).hasSize(20_000);
        assertThat(csv(SyntheticSeizures.generate(500, 7, LISTED))).isEqualTo(csv(SyntheticSeizures.generate(500, 7, LISTED)))
                .isNotEqualTo(csv(SyntheticSeizures.generate(500, 8, LISTED)));
        assertThat(SEIZURES.stream().map(SyntheticSeizures.Seizure::reference).distinct()).hasSameSizeAs(SEIZURES);
    }

    @Test
    void shouldMarkARunsSerialsAndLotsSoThatTwoRunsShareNoneAndARunKeepsItsShipments() {
        List<SyntheticSeizures.Item> first = SEIZURES.stream().map(s -> s.inRun("P1A")).flatMap(s -> s.items().stream()).toList();
        List<SyntheticSeizures.Item> second = SEIZURES.stream().map(s -> s.inRun("P1B")).flatMap(s -> s.items().stream()).toList();

        Set<String> marksOfFirst = first.stream().flatMap(i -> java.util.stream.Stream.of(i.serialNumber(), i.lotNumber()))
                .filter(Objects::nonNull).collect(Collectors.toSet());
        assertThat(second).noneMatch(i -> marksOfFirst.contains(i.serialNumber()) || marksOfFirst.contains(i.lotNumber()));
        assertThat(first.stream().map(SyntheticSeizures.Item::lotNumber).filter(Objects::nonNull).distinct().count())
                .isEqualTo(ITEMS.stream().map(SyntheticSeizures.Item::lotNumber).filter(Objects::nonNull).distinct().count());
        assertThat(first.get(0).serialNumber()).matches("[ACDEFGHJKMNPRTUVWXY]{4}.*").endsWith(ITEMS.get(0).serialNumber());
    }

    @Test
    void shouldMixPlacesCategoriesPossessorsAndLanguagesAsReportsDo() {
        assertThat(SEIZURES.stream().map(SyntheticSeizures.Seizure::countryCode).distinct().count()).isEqualTo(9);
        Map<String, Long> categories = ITEMS.stream().collect(Collectors.groupingBy(SyntheticSeizures.Item::category, Collectors.counting()));
        assertThat(categories.get("ASSAULT_RIFLE")).isGreaterThan(ITEMS.size() / 5);
        assertThat(categories.get("AMMUNITION")).isGreaterThan(ITEMS.size() / 5);
        assertThat(categories).containsKeys("PISTOL_REVOLVER", "LIGHT_MACHINE_GUN", "GRENADE_LAUNCHER", "MORTAR");
        assertThat(SEIZURES).anyMatch(s -> s.possessorDescription() != null && LISTED.contains(s.possessorDescription()))
                .anyMatch(s -> "clan militia".equals(s.possessorDescription()))
                .anyMatch(s -> s.narrative().matches(".*\\p{IsArabic}.*"))
                .anyMatch(s -> s.narrative().startsWith("Saisies") || s.narrative().startsWith("Armes"))
                .anyMatch(s -> s.photos() > 0);
    }

    @Test
    void shouldSpreadShipmentsOverSeizuresInSeveralCountriesWithMisreadSerials() {
        Map<String, Set<String>> countriesOfLot = SEIZURES.stream().flatMap(s -> s.items().stream().filter(i -> i.lotNumber() != null)
                .map(i -> Map.entry(i.lotNumber(), s.countryCode())))
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toSet())));
        assertThat(countriesOfLot.values()).anyMatch(countries -> countries.size() >= 3);
        List<String> serials = ITEMS.stream().map(SyntheticSeizures.Item::serialNumber).filter(Objects::nonNull).toList();
        assertThat(serials).anyMatch(serial -> serial.matches("[A-Z]{2} \\d*[OISBZ]\\d*"));
        assertThat(serials.stream().filter(serial -> serial.matches("[A-Z]{2} \\d{6}")).map(serial -> serial.substring(0, 6))
                .collect(Collectors.groupingBy(prefix -> prefix, Collectors.counting())).values()).anyMatch(run -> run >= 5);
    }

    @Test
    void shouldWriteTheBulkImportLayoutWithOneRowPerItem() throws Exception {
        String csv = csv(SEIZURES.subList(0, 50));
        String[] lines = csv.split("\n");

        assertThat(lines[0]).isEqualTo(String.join(",", SyntheticSeizures.COLUMNS));
        assertThat(lines).hasSize(1 + SEIZURES.subList(0, 50).stream().mapToInt(s -> s.items().size()).sum());
    }

    private static String csv(List<SyntheticSeizures.Seizure> seizures) throws Exception {
        StringWriter out = new StringWriter();
        SyntheticSeizures.writeCsv(seizures, out);
        return out.toString();
    }
}
