package org.embargomonitor.embargo.regime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.embargomonitor.embargo.compliance.Reevaluations;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;

/** Loads the reviewed regime catalogue shipped in catalogue/regimes.json at start-up. */
@ApplicationScoped
public class RegimeCatalogue {

    private static final Logger LOG = Logger.getLogger(RegimeCatalogue.class);
    static final String RESOURCE = "catalogue/regimes.json";

    void load(@Observes StartupEvent start, RegimeService regimes, Reevaluations reevaluations, ObjectMapper json) throws Throwable {
        List<NewRegime> catalogue = read(json);
        int added = VertxContextSupport.subscribeAndAwait(() -> regimes.addMissingFromCatalogue(catalogue));
        LOG.infof("Regime catalogue: %d regimes, %d regimes and versions added", catalogue.size(), added);
        if (added > 0) {
            VertxContextSupport.subscribeAndAwait(() -> reevaluations.start("Regime catalogue: " + added + " regimes and versions added",
                    RegimeService.CATALOGUE));
        }
    }

    static List<NewRegime> read(ObjectMapper json) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            return json.readValue(in, new TypeReference<List<NewRegime>>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException("The regime catalogue " + RESOURCE + " cannot be read", e);
        }
    }
}
