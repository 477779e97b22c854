package org.embargomonitor.embargo;

import java.util.Map;

import org.embargomonitor.embargo.benchmarks.BenchmarkCatalogue;
import org.embargomonitor.embargo.regime.RegimeCatalogue;
import org.embargomonitor.testing.RestLayerOnly;

/** embargo-service's REST layer alone: no catalogue loaded at start, seizure events from memory. */
public class EmbargoRestLayer extends RestLayerOnly {

    @Override
    protected Map<String, String> serviceOverrides() {
        return Map.of("mp.messaging.incoming.seizure-events.connector", IN_MEMORY,
                "quarkus.arc.exclude-types", RegimeCatalogue.class.getName() + "," + BenchmarkCatalogue.class.getName());
    }
}
