package org.embargomonitor.embargo.regime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.embargomonitor.embargo.reevaluation.ReevaluationRequests;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;

/**
 * Loads the reviewed regime catalogue at start-up: the regimes and versions of catalogue/regimes.json as first
 * published, then the corrections of catalogue/errata.json, each applied once.
 */
@ApplicationScoped
public class RegimeCatalogue {

    private static final Logger LOG = Logger.getLogger(RegimeCatalogue.class);
    static final String RESOURCE = "catalogue/regimes.json";
    static final String ERRATA = "catalogue/errata.json";

    void load(@Observes StartupEvent start, RegimeService regimes, ReevaluationRequests reevaluations, ObjectMapper json) throws Throwable {
        List<NewRegime> catalogue = read(json);
        List<CatalogueErratum> errata = readErrata(json);
        int added = VertxContextSupport.subscribeAndAwait(() -> regimes.addMissingFromCatalogue(catalogue));
        int corrected = VertxContextSupport.subscribeAndAwait(() -> regimes.applyCatalogueErrata(errata));
        LOG.infof("Regime catalogue: %d regimes, %d regimes and versions added, %d errata applied", catalogue.size(), added, corrected);
        if (added > 0 || corrected > 0) {
            VertxContextSupport.subscribeAndAwait(() -> reevaluations.request("Regime catalogue: " + added
                    + " regimes and versions added, " + corrected + " errata applied", RegimeService.CATALOGUE));
        }
    }

    static List<NewRegime> read(ObjectMapper json) {
        return read(json, RESOURCE, new TypeReference<List<NewRegime>>() {
        });
    }

    static List<CatalogueErratum> readErrata(ObjectMapper json) {
        return read(json, ERRATA, new TypeReference<List<CatalogueErratum>>() {
        });
    }

    private static <T> T read(ObjectMapper json, String resource, TypeReference<T> type) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("The regime catalogue " + resource + " cannot be read", e);
        }
    }
}
