package org.embargomonitor.embargo.regime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

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
        List<Regime> stored = VertxContextSupport.subscribeAndAwait(() -> regimes.all());
        assertThat(stored).extracting(r -> r.code).containsAll(catalogue.stream().map(NewRegime::code).toList());
    }

    @Test
    void shouldCiteASourceForEveryRegimeOfTheCatalogue() {
        assertThat(RegimeCatalogue.read(json)).allSatisfy(regime -> {
            assertThat(regime.establishedBy()).startsWith("S/RES/");
            assertThat(regime.source()).startsWith("http");
        });
    }
}
