package org.embargomonitor.embargo.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.embargomonitor.embargo.compliance.SeizureFacts;
import org.junit.jupiter.api.Test;

/**
 * Every indicator on a known set of four records, against figures counted by hand:
 *
 * <pre>
 * R1 2026-01-10 SEIZED      BORDER   3 assault rifles INTACT TRACED, 1 pistol PARTLY_OBLITERATED DESTROYED, 500 rounds
 * R2 2026-01-20 FOUND       INLAND   2 rifles INTACT TRACING_REQUESTED since 2025-09-01, 1 mortar (marks not recorded)
 * R3 2026-02-05 SURRENDERED MARITIME 4 shotguns OBLITERATED DESTROYED, 1 UAV (not a weapon)
 * R4 2026-03-01 CAPTURED    unknown  2 assault rifles INTACT TRACING_REQUESTED since 2026-02-01, 1,000 rounds
 * findings: R1 open, R2 confirmed, R3 dismissed, R4 confirmed; counted as of 2026-03-01
 * </pre>
 */
class IndicatorsTest {

    private static final LocalDate AS_OF = LocalDate.parse("2026-03-01");
    private final List<SeizureFacts> records = List.of(
            record("2026-01-10", "SEIZED", "BORDER", item("ASSAULT_RIFLE", 3, "INTACT", "TRACED", null),
                    item("PISTOL_REVOLVER", 1, "PARTLY_OBLITERATED", "DESTROYED", null), item("AMMUNITION", 500, null, "RECORDED", null)),
            record("2026-01-20", "FOUND", "INLAND", item("RIFLE_CARBINE", 2, "INTACT", "TRACING_REQUESTED", "2025-09-01"),
                    item("MORTAR", 1, null, "RECORDED", null)),
            record("2026-02-05", "SURRENDERED", "MARITIME", item("SHOTGUN", 4, "OBLITERATED", "DESTROYED", null),
                    item("UAV", 1, "INTACT", "RECORDED", null)),
            record("2026-03-01", "CAPTURED", null, item("ASSAULT_RIFLE", 2, "INTACT", "TRACING_REQUESTED", "2026-02-01"),
                    item("AMMUNITION", 1000, null, "RECORDED", null)));
    private final List<Indicators.FindingFact> findings = List.of(finding("2026-01-10", "OPEN"), finding("2026-01-20", "CONFIRMED"),
            finding("2026-02-05", "DISMISSED"), finding("2026-03-01", "CONFIRMED"));

    @Test
    void shouldCountWeaponsByCircumstanceByQuantityLeavingOutAmmunitionAndOtherItems() {
        Figures f = Indicators.of(records, findings, null, null, AS_OF, true);

        assertThat(f.seizures()).isEqualTo(4);
        assertThat(f.itemsSeized()).isEqualTo(4);
        assertThat(f.itemsFound()).isEqualTo(3);
        assertThat(f.itemsSurrendered()).isEqualTo(4);
        assertThat(f.itemsCaptured()).isEqualTo(2);
    }

    @Test
    void shouldGiveTheSdg1642ProportionOfTracedOverSeizedFoundOrSurrendered() {
        Figures f = Indicators.of(records, findings, null, null, AS_OF, true);

        assertThat(f.itemsTraced()).isEqualTo(3);
        assertThat(f.tracedProportion()).isCloseTo(3.0 / 11, within(1e-9));
    }

    @Test
    void shouldGiveTheShareWithIntactMarksAmongWeaponsWhoseMarksWereRecorded() {
        Figures f = Indicators.of(records, findings, null, null, AS_OF, true);

        assertThat(f.itemsWithMarksRecorded()).isEqualTo(12);
        assertThat(f.itemsWithIntactMarks()).isEqualTo(7);
        assertThat(f.intactMarksShare()).isCloseTo(7.0 / 12, within(1e-9));
    }

    @Test
    void shouldGiveTheDestroyedAndTheDestructionRate() {
        Figures f = Indicators.of(records, findings, null, null, AS_OF, true);

        assertThat(f.itemsDestroyed()).isEqualTo(5);
        assertThat(f.destructionRate()).isCloseTo(5.0 / 11, within(1e-9));
    }

    @Test
    void shouldCountSeizuresAtBordersInlandAndAtSeaAndAmmunitionRounds() {
        Figures f = Indicators.of(records, findings, null, null, AS_OF, true);

        assertThat(f.seizuresAtBorder()).isEqualTo(1);
        assertThat(f.seizuresInland()).isEqualTo(1);
        assertThat(f.seizuresAtSea()).isEqualTo(1);
        assertThat(f.ammunitionRounds()).isEqualTo(1500);
    }

    @Test
    void shouldCountFindingsByStatusAndHideTheUnconfirmedFromCommittees() {
        Figures all = Indicators.of(records, findings, null, null, AS_OF, true);
        Figures committee = Indicators.of(records, findings, null, null, AS_OF, false);

        assertThat(all.findingsOpen()).isEqualTo(1);
        assertThat(all.findingsConfirmed()).isEqualTo(2);
        assertThat(all.findingsDismissed()).isEqualTo(1);
        assertThat(committee.findingsOpen()).isNull();
        assertThat(committee.findingsDismissed()).isNull();
        assertThat(committee.findingsConfirmed()).isEqualTo(2);
    }

    @Test
    void shouldCountTracingRequestsUnansweredForMoreThanNinetyDays() {
        assertThat(Indicators.of(records, findings, null, null, AS_OF, true).tracingRequestsOverdue()).isEqualTo(2);
        assertThat(Indicators.of(records, findings, null, null, LocalDate.parse("2026-05-03"), true).tracingRequestsOverdue()).isEqualTo(4);
    }

    @Test
    void shouldGiveRatesAsUnknownWhenNothingWasSeizedFoundOrSurrendered() {
        Figures none = Indicators.of(List.of(), List.of(), null, null, AS_OF, true);

        assertThat(none.tracedProportion()).isNull();
        assertThat(none.destructionRate()).isNull();
        assertThat(none.intactMarksShare()).isNull();
    }

    @Test
    void shouldSplitBySeizureDateIntoMonthsQuartersAndYearsWithoutGaps() {
        List<Indicators.PeriodFigures> months = Indicators.byPeriod(records, findings, Indicators.Period.MONTH,
                LocalDate.parse("2025-12-15"), LocalDate.parse("2026-03-31"), AS_OF, true);

        assertThat(months).extracting(Indicators.PeriodFigures::period).containsExactly("2025-12", "2026-01", "2026-02", "2026-03");
        assertThat(months.get(0).figures().seizures()).isZero();
        assertThat(months.get(1).figures().seizures()).isEqualTo(2);
        assertThat(months.get(1).figures().itemsFound()).isEqualTo(3);
        assertThat(months.get(1).figures().findingsConfirmed()).isEqualTo(1);
        assertThat(months.get(2).figures().itemsSurrendered()).isEqualTo(4);
        assertThat(months.get(3).from()).isEqualTo(LocalDate.parse("2026-03-01"));
        assertThat(months.get(3).to()).isEqualTo(LocalDate.parse("2026-03-31"));

        List<Indicators.PeriodFigures> quarters = Indicators.byPeriod(records, findings, Indicators.Period.QUARTER,
                LocalDate.parse("2026-01-01"), LocalDate.parse("2026-03-31"), AS_OF, true);
        assertThat(quarters).singleElement().satisfies(q -> {
            assertThat(q.period()).isEqualTo("2026-Q1");
            assertThat(q.figures().itemsSeized() + q.figures().itemsFound() + q.figures().itemsSurrendered()).isEqualTo(11);
        });
        assertThat(Indicators.byPeriod(records, findings, Indicators.Period.YEAR, LocalDate.parse("2025-06-01"),
                LocalDate.parse("2026-06-01"), AS_OF, true)).extracting(Indicators.PeriodFigures::period).containsExactly("2025", "2026");
    }

    @Test
    void shouldCountEachStepOfAWeaponInThePeriodItHappenedWheneverItWasSeized() {
        SeizureFacts.Item rifles = withHistory(item("ASSAULT_RIFLE", 3, "INTACT", "DESTROYED", null), "RECORDED 2026-01-12",
                "MARKED 2026-02-03", "TRACING_REQUESTED 2026-02-10", "TRACING_ANSWERED 2026-03-20", "TRACED 2026-03-20", "DESTROYED 2026-04-15");
        SeizureFacts seizure = record("2026-01-10", "SEIZED", "INLAND", rifles);

        List<Indicators.PeriodFigures> months = Indicators.byPeriod(List.of(seizure), List.of(), Indicators.Period.MONTH,
                LocalDate.parse("2026-01-01"), LocalDate.parse("2026-04-30"), LocalDate.parse("2026-05-01"), true);

        assertThat(months).extracting(m -> m.figures().itemsSeized()).containsExactly(3L, 0L, 0L, 0L);
        assertThat(months).extracting(m -> m.figures().weaponsRecorded()).containsExactly(3L, 0L, 0L, 0L);
        assertThat(months).extracting(m -> m.figures().weaponsMarked()).containsExactly(0L, 3L, 0L, 0L);
        assertThat(months).extracting(m -> m.figures().tracingRequestsSent()).containsExactly(0L, 1L, 0L, 0L);
        assertThat(months).extracting(m -> m.figures().tracingRequestsAnswered()).containsExactly(0L, 0L, 1L, 0L);
        assertThat(months).extracting(m -> m.figures().weaponsDestroyed()).containsExactly(0L, 0L, 0L, 3L);
        assertThat(months.get(0).figures().itemsTraced()).as("traced, then destroyed: still traced").isEqualTo(3);
        assertThat(months.get(0).figures().itemsDestroyed()).isEqualTo(3);
    }

    @Test
    void shouldCountAWeaponSeizedBeforeThePeriodWhenItIsDestroyedInIt() {
        SeizureFacts old = record("2025-06-01", "FOUND", "INLAND",
                withHistory(item("PISTOL_REVOLVER", 2, "INTACT", "DESTROYED", null), "RECORDED 2025-06-02", "DESTROYED 2026-02-14"));

        Figures quarter = Indicators.of(List.of(old), List.of(), LocalDate.parse("2026-01-01"), LocalDate.parse("2026-03-31"), AS_OF, true);

        assertThat(quarter.weaponsDestroyed()).isEqualTo(2);
        assertThat(quarter.seizures()).isZero();
        assertThat(quarter.itemsFound()).isZero();
        assertThat(quarter.weaponsRecorded()).isZero();
    }

    @Test
    void shouldCountAnOverdueTraceFromTheDayTheRequestWasSentUntilItIsAnswered() {
        SeizureFacts.Item waiting = withHistory(item("RIFLE_CARBINE", 1, "INTACT", "MARKED", "2026-02-20"), "RECORDED 2025-10-01",
                "TRACING_REQUESTED 2025-10-15", "MARKED 2026-02-20");
        SeizureFacts.Item answered = withHistory(item("RIFLE_CARBINE", 1, "INTACT", "TRACING_REQUESTED", "2025-10-15"), "RECORDED 2025-10-01",
                "TRACING_REQUESTED 2025-10-15", "TRACING_ANSWERED 2025-12-01");
        SeizureFacts.Item askedTwice = withHistory(item("RIFLE_CARBINE", 1, "INTACT", "TRACING_REQUESTED", "2025-10-15"), "RECORDED 2025-10-01",
                "TRACING_REQUESTED 2025-10-15", "TRACING_REQUESTED 2025-11-01", "TRACING_UNANSWERED 2026-01-10");
        SeizureFacts seizure = record("2025-10-01", "SEIZED", "INLAND", waiting, answered, askedTwice);

        assertThat(Indicators.of(List.of(seizure), List.of(), null, null, AS_OF, true).tracingRequestsOverdue())
                .as("marked since, but its request of 15 October is unanswered; the second request of the last is too").isEqualTo(2);
        assertThat(Indicators.of(List.of(seizure), List.of(), null, null, LocalDate.parse("2026-01-20"), true).tracingRequestsOverdue())
                .as("90 days after 15 October, not yet after 1 November").isEqualTo(1);
    }

    private static SeizureFacts.Item withHistory(SeizureFacts.Item item, String... steps) {
        return new SeizureFacts.Item(item.id(), item.position(), item.category(), null, null, null, null, null, item.quantity(), null, null,
                null, null, null, null, null, null, item.markingState(), item.status(), item.statusChangedAt(), Arrays.stream(steps)
                        .map(step -> new SeizureFacts.Step(step.split(" ")[0], LocalDate.parse(step.split(" ")[1]), null)).toList());
    }

    private static SeizureFacts record(String date, String circumstance, String locationType, SeizureFacts.Item... items) {
        return new SeizureFacts(UUID.randomUUID(), "R-" + date, "MINUSCA", OffsetDateTime.parse(date + "T10:00:00Z"), "CAF", null,
                "Bria", circumstance, null, List.of(items), 0, 6.5, 21.9, locationType);
    }

    private static SeizureFacts.Item item(String category, int quantity, String marking, String status, String since) {
        return new SeizureFacts.Item(UUID.randomUUID(), 1, category, null, null, null, null, null, quantity, null, null, null, null, null,
                null, null, null, marking, status, since == null ? null : OffsetDateTime.parse(since + "T00:00:00Z"), null);
    }

    private static Indicators.FindingFact finding(String date, String status) {
        return new Indicators.FindingFact(LocalDate.parse(date), status);
    }
}
