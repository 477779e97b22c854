package org.embargomonitor.gateway.routing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Routes each part of the API to its service, passing on the caller's access token (from the bearer header or
 * from the browser session) and never the gateway's session cookies.
 */
@ApplicationScoped
public class ApiRoutes {

    private static final Logger LOG = Logger.getLogger(ApiRoutes.class);
    private static final int KEEP_ALIVE_SECONDS = 20;
    private static final int MAX_CONNECTIONS_PER_SERVICE = 50;

    void install(@Observes Router router, Vertx vertx, GatewayConfig config) {
        // Idle pooled connections are dropped well before a service would close them, and checked often.
        HttpClient client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setConnectTimeout(5000)
                .setKeepAliveTimeout(KEEP_ALIVE_SECONDS).setPoolCleanerPeriod(1000).setMaxPoolSize(MAX_CONNECTIONS_PER_SERVICE));
        config.routes().forEach((name, route) -> {
            ServiceProxy proxy = new ServiceProxy(name, client, route.url().getHost(), port(route), config.idleTimeout().toMillis(),
                    route.maxBodySize().asLongValue());
            router.route(route.path() + "/*").handler(ApiRoutes::relayCallerToken).handler(proxy);
            LOG.infof("Routing %s/** to %s (%s)", route.path(), route.url(), name);
        });
    }

    static void relayCallerToken(RoutingContext context) {
        AccessTokenCredential token = context.user() instanceof QuarkusHttpUser user
                ? user.getSecurityIdentity().getCredential(AccessTokenCredential.class)
                : null;
        if (token == null) {
            context.fail(401);
            return;
        }
        context.request().headers()
                .set(HttpHeaders.AUTHORIZATION, "Bearer " + token.getToken())
                .remove(HttpHeaders.COOKIE);
        context.next();
    }

    private static int port(GatewayConfig.Route route) {
        int port = route.url().getPort();
        return port > 0 ? port : "https".equals(route.url().getScheme()) ? 443 : 80;
    }
}
