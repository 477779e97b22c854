package org.embargomonitor.embargo.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;

/** Loads the reviewed benchmarks shipped in catalogue/benchmarks.json at start-up, after the regimes. */
@ApplicationScoped
public class BenchmarkCatalogue {

    private static final Logger LOG = Logger.getLogger(BenchmarkCatalogue.class);
    static final String RESOURCE = "catalogue/benchmarks.json";

    void load(@Observes @Priority(Integer.MAX_VALUE) StartupEvent start, BenchmarkService benchmarks, ObjectMapper json) throws Throwable {
        List<BenchmarkService.CatalogueEntry> catalogue = read(json);
        int added = VertxContextSupport.subscribeAndAwait(() -> benchmarks.addMissingFromCatalogue(catalogue));
        LOG.infof("Benchmark catalogue: %d benchmarks, %d added", catalogue.size(), added);
    }

    static List<BenchmarkService.CatalogueEntry> read(ObjectMapper json) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            return json.readValue(in, new TypeReference<List<BenchmarkService.CatalogueEntry>>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException("The benchmark catalogue " + RESOURCE + " cannot be read", e);
        }
    }
}
