package org.embargomonitor.search.opensearch;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.embargomonitor.platform.pipeline.Dependency;
import org.opensearch.client.opensearch.OpenSearchAsyncClient;

import io.smallrye.mutiny.Uni;

/** OpenSearch, as the indexing consumers depend on it. */
@ApplicationScoped
public class OpenSearchDependency implements Dependency {

    private static final Duration PATIENCE = Duration.ofSeconds(3);
    private final OpenSearchAsyncClient client;

    OpenSearchDependency(OpenSearchAsyncClient client) {
        this.client = client;
    }

    @Override
    public String name() {
        return "OpenSearch";
    }

    @Override
    public Uni<Boolean> answers() {
        return Dependency.within(PATIENCE, Calls.uni(client::ping).map(response -> response.value()));
    }
}
