package org.embargomonitor.platform.health;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.WebClient;

/** Ready only while Keycloak answers: without it no caller can be authenticated. */
@Readiness
@ApplicationScoped
public class AuthServerHealthCheck implements AsyncHealthCheck {

    private static final String NAME = "Keycloak realm";
    private final WebClient client;
    private final String discoveryUrl;

    AuthServerHealthCheck(Vertx vertx, @ConfigProperty(name = "quarkus.oidc.auth-server-url") String authServerUrl) {
        this.client = WebClient.create(vertx);
        this.discoveryUrl = authServerUrl + "/.well-known/openid-configuration";
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return client.getAbs(discoveryUrl).timeout(2000).send()
                .map(response -> HealthCheckResponse.named(NAME).status(response.statusCode() == 200)
                        .withData("url", discoveryUrl).withData("status", response.statusCode()).build())
                .ifNoItem().after(Duration.ofSeconds(3)).fail()
                .onFailure().recoverWithItem(failure -> HealthCheckResponse.named(NAME).down()
                        .withData("url", discoveryUrl).withData("error", String.valueOf(failure.getMessage())).build());
    }
}
