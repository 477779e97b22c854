package org.embargomonitor.testing;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * A service's REST layer alone: no database, broker, search engine or Keycloak is reached or started, so that
 * tests of what a resource answers (roles, bad input, headers, status codes) run in seconds with the services
 * behind the resources mocked. Test classes run under it carry the JUnit tag {@value #TAG}; the build runs them
 * before the real-server tests.
 */
public class RestLayerOnly implements QuarkusTestProfile {

    public static final String TAG = "rest-layer";
    /** The connector that takes the place of Kafka (smallrye-reactive-messaging-in-memory). */
    protected static final String IN_MEMORY = "smallrye-in-memory";

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>(Map.of("quarkus.oidc.tenant-enabled", "false"));
        if (keepsData()) {
            config.putAll(Map.of(
                    "quarkus.flyway.migrate-at-start", "false",
                    "quarkus.flyway.clean-at-start", "false",
                    "quarkus.hibernate-orm.schema-management.strategy", "none",
                    "quarkus.hibernate-orm.database.version-check.enabled", "false",
                    "quarkus.scheduler.enabled", "false",
                    "quarkus.kafka.health.enabled", "false",
                    "mp.messaging.outgoing.outbox.connector", IN_MEMORY));
        }
        config.putAll(serviceOverrides());
        return config;
    }

    /** Whether the service has a database, scheduled work and events (all but the gateway). */
    protected boolean keepsData() {
        return true;
    }

    /** What a service turns off besides: its consumers, for instance. */
    protected Map<String, String> serviceOverrides() {
        return Map.of();
    }

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }
}
