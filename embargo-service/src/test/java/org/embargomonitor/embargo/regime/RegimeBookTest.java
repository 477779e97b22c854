package org.embargomonitor.embargo.regime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class RegimeBookTest {

    private static final RegimeTerms.Targets ARMED_GROUPS = new RegimeTerms.Targets(true, true, List.of(), "S/RES/2745 (2024)");
    private static final RegimeTerms.Materiel ALL_ARMS = new RegimeTerms.Materiel("Arms", List.of(), "S/RES/2127 (2013), para. 54");

    private final RegimeBook book = new RegimeBook(List.of(
            version("CAR", "2013-12-05", RegimeKind.TERRITORIAL),
            version("CAR", "2024-07-30", RegimeKind.TARGETED),
            version("OLD", "2000-01-01", RegimeKind.TERRITORIAL),
            version("OLD", "2010-01-01", RegimeKind.LIFTED)));

    @Test
    void shouldFindNoVersionBeforeTheRegimeStarted() {
        assertThat(book.inForce("CAR", LocalDate.parse("2013-12-04"))).isEmpty();
    }

    @Test
    void shouldFindTheVersionInForceOnItsFirstDayAndUntilTheNextOne() {
        assertThat(book.inForce("CAR", LocalDate.parse("2013-12-05"))).get()
                .extracting(VersionInForce::effectiveFrom).isEqualTo(LocalDate.parse("2013-12-05"));
        assertThat(book.inForce("CAR", LocalDate.parse("2024-07-29"))).get()
                .extracting(v -> v.terms().kind()).isEqualTo(RegimeKind.TERRITORIAL);
        assertThat(book.inForce("CAR", LocalDate.parse("2024-07-30"))).get()
                .extracting(v -> v.terms().kind()).isEqualTo(RegimeKind.TARGETED);
    }

    @Test
    void shouldLeaveLiftedRegimesOutOfTheEmbargoesInForce() {
        assertThat(book.embargoesOn(LocalDate.parse("2005-06-01"))).extracting(VersionInForce::regimeCode).containsExactly("OLD");
        assertThat(book.embargoesOn(LocalDate.parse("2015-06-01"))).extracting(VersionInForce::regimeCode).containsExactly("CAR");
    }

    @Test
    void shouldReachTheListTypesAVersionNamesInsteadOfItsRegimes() {
        Regime regime = new Regime();
        regime.code = "ISIL-AQ";
        regime.name = "ISIL (Da'esh) and Al-Qaida";
        regime.establishedOn = LocalDate.parse("2002-01-16");
        regime.listTypes = new String[] { "Al-Qaida" };
        RegimeTerms.Targets withTaliban = new RegimeTerms.Targets(true, false, false, List.of("Al-Qaida", "Taliban"),
                "S/RES/1390 (2002), para. 2 (c)", null, null, List.of("Al-Qaida", "Taliban"));
        RegimeBook book = RegimeBook.of(List.of(regime), List.of(stored("2002-01-16", withTaliban), stored("2011-06-17", ARMED_GROUPS)));

        assertThat(book.inForce("ISIL-AQ", LocalDate.parse("2011-06-16")).orElseThrow().listTypes()).containsExactly("Al-Qaida", "Taliban");
        assertThat(book.inForce("ISIL-AQ", LocalDate.parse("2011-06-17")).orElseThrow().listTypes()).containsExactly("Al-Qaida");
    }

    private static RegimeVersion stored(String from, RegimeTerms.Targets targets) {
        RegimeVersion version = new RegimeVersion();
        version.id = UUID.randomUUID();
        version.regimeCode = "ISIL-AQ";
        version.effectiveFrom = LocalDate.parse(from);
        version.setBy = "S/RES/1390 (2002), para. 2 (c)";
        version.terms = new RegimeTerms(RegimeKind.TARGETED, null, targets, ALL_ARMS,
                new RegimeTerms.GovernmentForces(GovernmentTreatment.EXEMPT, null, "S/RES/1390 (2002), para. 2 (c)"), List.of());
        return version;
    }

    private static VersionInForce version(String code, String from, RegimeKind kind) {
        RegimeTerms terms = new RegimeTerms(kind, new RegimeTerms.Territory(List.of("CAF"), List.of(), "S/RES/2127 (2013), para. 54"),
                ARMED_GROUPS, ALL_ARMS, new RegimeTerms.GovernmentForces(GovernmentTreatment.COVERED, null, "S/RES/2127 (2013)"),
                List.of());
        return new VersionInForce(code, code, LocalDate.parse("2000-01-01"), List.of(code), UUID.randomUUID(),
                LocalDate.parse(from), false, "S/RES/0 (2000)", terms, null);
    }
}
