package org.embargomonitor.search;

import java.util.Map;

import org.embargomonitor.testing.RestLayerOnly;

/** search-service's REST layer alone: no index prepared at start, no token fetched for calls out, events from memory. */
public class SearchRestLayer extends RestLayerOnly {

    @Override
    protected Map<String, String> serviceOverrides() {
        return Map.of("mp.messaging.incoming.seizure-events.connector", IN_MEMORY,
                "mp.messaging.incoming.evidence-events.connector", IN_MEMORY,
                "mp.messaging.incoming.finding-events.connector", IN_MEMORY,
                "quarkus.oidc-client.client-enabled", "false",
                "quarkus.arc.exclude-types", IndicesAtStart.class.getName());
    }
}
