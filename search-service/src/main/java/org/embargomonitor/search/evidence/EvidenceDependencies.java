package org.embargomonitor.search.evidence;

import java.net.URI;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.embargomonitor.platform.pipeline.Dependency;
import org.embargomonitor.search.opensearch.OpenSearchDependency;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.WebClient;

/** What indexing evidence needs: the seizure service, where the files are, and OpenSearch. */
@ApplicationScoped
public class EvidenceDependencies implements Dependency {

    private static final Duration PATIENCE = Duration.ofSeconds(3);
    private final OpenSearchDependency openSearch;
    private final WebClient web;
    private final URI seizureService;

    EvidenceDependencies(OpenSearchDependency openSearch, Vertx vertx,
            @ConfigProperty(name = "quarkus.rest-client.seizure-service.url") URI seizureService) {
        this.openSearch = openSearch;
        this.web = WebClient.create(vertx);
        this.seizureService = seizureService;
    }

    @Override
    public String name() {
        return "seizure-service or OpenSearch";
    }

    @Override
    public Uni<Boolean> answers() {
        Uni<Boolean> seizures = Dependency.within(PATIENCE, web.getAbs(seizureService.resolve("/q/health/live").toString()).send()
                .map(response -> response.statusCode() < 500));
        return seizures.chain(up -> up ? openSearch.answers() : Uni.createFrom().item(false));
    }
}
