package org.embargomonitor.embargo.regime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;

@QuarkusTest
class RegimeCatalogueTest {

    @Inject
    RegimeService regimes;

    @Inject
    ObjectMapper json;

    @Test
    void shouldAddNothingWhenTheCatalogueIsLoadedAgain() throws Throwable {
        List<NewRegime> catalogue = RegimeCatalogue.read(json);

        int added = VertxContextSupport.subscribeAndAwait(() -> regimes.addMissingFromCatalogue(catalogue));

        assertThat(added).isZero();
        List<RegimeView> stored = VertxContextSupport.subscribeAndAwait(() -> regimes.all(LocalDate.now()));
        assertThat(stored).extracting(RegimeView::code).containsAll(catalogue.stream().map(NewRegime::code).toList());
        assertThat(stored).filteredOn(r -> r.code().equals("CAR")).singleElement()
                .satisfies(car -> assertThat(car.versions()).hasSize(6));
    }

    @Test
    void shouldApplyEachErratumOfTheCatalogueOnceAndKeepTheWrongVersionBesideItsCorrection() throws Throwable {
        List<CatalogueErratum> errata = RegimeCatalogue.readErrata(json);

        int applied = VertxContextSupport.subscribeAndAwait(() -> regimes.applyCatalogueErrata(errata));

        assertThat(applied).isZero();
        RegimeView somalia = VertxContextSupport.subscribeAndAwait(() -> regimes.find("SOMALIA", LocalDate.parse("2024-03-01")));
        assertThat(somalia.inForce().terms().kind()).isEqualTo(RegimeKind.TERRITORIAL);
        assertThat(somalia.corrections()).filteredOn(c -> "2026-12-somalia-2713".equals(c.erratum().catalogueKey())).singleElement()
                .satisfies(c -> {
                    assertThat(c.corrected().terms().kind()).isEqualTo(RegimeKind.TARGETED);
                    assertThat(c.erratum().replacementVersionId()).isEqualTo(somalia.inForce().id());
                    assertThat(c.erratum().createdBy()).isEqualTo("catalogue");
                });
        List<RegimeView> all = VertxContextSupport.subscribeAndAwait(() -> regimes.all(LocalDate.now()));
        assertThat(all.stream().mapToInt(r -> (int) r.corrections().stream().filter(c -> c.erratum().catalogueKey() != null).count()).sum())
                .isEqualTo(errata.size());
    }

    @Test
    void shouldCiteAResolutionAndASourceForEveryErratumOfTheCatalogue() {
        assertThat(RegimeCatalogue.readErrata(json)).allSatisfy(erratum -> {
            assertThat(erratum.erratum().reason()).isNotBlank();
            assertThat(erratum.erratum().source()).startsWith("http");
            assertThat(erratum.erratum().correction().setBy()).startsWith("S/RES/");
            assertThat(erratum.erratum().correction().terms().exemptions()).allSatisfy(e -> assertThat(e.citation()).startsWith("S/RES/"));
        }).extracting(CatalogueErratum::key).doesNotHaveDuplicates();
    }

    @Test
    void shouldAddANewVersionOfAKnownRegimeFromTheCatalogueAndKeepTheOthers() throws Throwable {
        NewRegime car = RegimeCatalogue.read(json).stream().filter(r -> r.code().equals("CAR")).findFirst().orElseThrow();
        String code = "CAT-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        NewRegime first = new NewRegime(code, car.name(), car.committee(), car.establishedBy(), car.establishedOn(), car.summary(),
                car.source(), car.listTypes(), car.versions().subList(0, 1));
        NewRegime later = new NewRegime(code, car.name(), car.committee(), car.establishedBy(), car.establishedOn(), car.summary(),
                car.source(), car.listTypes(), car.versions().subList(0, 2));

        assertThat(VertxContextSupport.subscribeAndAwait(() -> regimes.addMissingFromCatalogue(List.of(first)))).isEqualTo(2);
        assertThat(VertxContextSupport.subscribeAndAwait(() -> regimes.addMissingFromCatalogue(List.of(later)))).isEqualTo(1);

        RegimeView stored = VertxContextSupport.subscribeAndAwait(() -> regimes.find(code, LocalDate.now()));
        assertThat(stored.versions()).extracting(RegimeVersionView::setBy).containsExactly("S/RES/2127 (2013), para. 54", "S/RES/2488 (2019)");
    }

    @Test
    void shouldHoldTheThirteenRegimesTheIssueNames() {
        assertThat(RegimeCatalogue.read(json)).extracting(NewRegime::code).contains("LIBYA", "CAR", "DRC", "SOUTH-SUDAN",
                "SUDAN", "SOMALIA", "YEMEN", "HAITI", "ISIL-AQ", "TALIBAN", "DPRK", "IRAQ", "LEBANON");
    }

    @Test
    void shouldCiteAResolutionForEveryFactOfTheCatalogue() {
        assertThat(RegimeCatalogue.read(json)).allSatisfy(regime -> {
            assertThat(regime.establishedBy()).startsWith("S/RES/");
            assertThat(regime.source()).startsWith("http");
            assertThat(regime.versions()).allSatisfy(version -> {
                assertThat(version.setBy()).startsWith("S/RES/");
                assertThat(version.source()).startsWith("http");
                RegimeTerms terms = version.terms();
                if (terms.territory() != null) {
                    assertThat(terms.territory().citation()).startsWith("S/RES/");
                }
                assertThat(terms.targets().citation()).startsWith("S/RES/");
                assertThat(terms.materiel().citation()).startsWith("S/RES/");
                assertThat(terms.governmentForces().citation()).startsWith("S/RES/");
                assertThat(terms.exemptions()).allSatisfy(e -> assertThat(e.citation()).startsWith("S/RES/"));
            });
        });
    }

    @Test
    void shouldMarkEveryUncertainDateWithWhatIsUncertain() {
        assertThat(RegimeCatalogue.read(json)).flatMap(NewRegime::versions)
                .filteredOn(NewRegimeVersion::effectiveFromUncertain)
                .isNotEmpty()
                .allSatisfy(version -> assertThat(version.uncertainties()).isNotEmpty());
    }
}
