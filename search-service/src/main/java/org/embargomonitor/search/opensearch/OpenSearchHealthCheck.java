package org.embargomonitor.search.opensearch;

import java.io.IOException;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.opensearch.client.opensearch.OpenSearchAsyncClient;
import org.opensearch.client.opensearch._types.HealthStatus;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;

/** Ready while the OpenSearch cluster answers and is not red. */
@Readiness
@ApplicationScoped
public class OpenSearchHealthCheck implements AsyncHealthCheck {

    private static final String NAME = "OpenSearch";
    private final OpenSearchAsyncClient client;

    OpenSearchHealthCheck(OpenSearchAsyncClient client) {
        this.client = client;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        try {
            return Uni.createFrom().completionStage(client.cluster().health())
                    .map(health -> HealthCheckResponse.named(NAME).status(health.status() != HealthStatus.Red)
                            .withData("cluster", health.clusterName()).withData("status", health.status().jsonValue()).build())
                    .onFailure().recoverWithItem(failure -> down(failure.getMessage()));
        } catch (IOException e) {
            return Uni.createFrom().item(down(e.getMessage()));
        }
    }

    private static HealthCheckResponse down(String error) {
        return HealthCheckResponse.named(NAME).down().withData("error", String.valueOf(error)).build();
    }
}
