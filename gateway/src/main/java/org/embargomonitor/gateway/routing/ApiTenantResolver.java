package org.embargomonitor.gateway.routing;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.oidc.TenantResolver;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * API calls that carry no browser session are checked as bearer-token calls only (tenant {@code bearer-only}), so a
 * missing token answers 401 instead of redirecting to the login page.
 */
@ApplicationScoped
public class ApiTenantResolver implements TenantResolver {

    static final String API_TENANT = "bearer-only";
    private static final String SESSION_COOKIE_PREFIX = "q_session";

    @Override
    public String resolve(RoutingContext context) {
        boolean apiCall = context.normalizedPath().startsWith("/api/");
        boolean browserSession = context.request().headers().getAll(HttpHeaders.COOKIE).stream()
                .anyMatch(cookies -> cookies.contains(SESSION_COOKIE_PREFIX + "="));
        return apiCall && !browserSession ? API_TENANT : null;
    }
}
