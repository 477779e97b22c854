package org.embargomonitor.testing;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The local servers and services bin/embargo-monitor starts, at the ports set once, in platform-commons'
 * {@code META-INF/microprofile-config.properties} ({@code embargo.servers.*-port}, {@code embargo.services.*-port}).
 */
public final class LocalServers {

    public static final String HOST = "127.0.0.1";
    public static final int POSTGRES = port("postgres");
    public static final int KAFKA = port("kafka");
    public static final int OPENSEARCH = port("opensearch");
    public static final int KEYCLOAK = port("keycloak");

    private LocalServers() {
    }

    /** The port of a server, moved by {@code offset} (a second set of servers, as the fault tests start). */
    public static int port(String server, int offset) {
        return port(server) + offset;
    }

    public static String postgresJdbc(String database) {
        return "jdbc:postgresql://" + HOST + ":" + POSTGRES + "/" + database;
    }

    public static String openSearchUrl() {
        return "http://" + HOST + ":" + OPENSEARCH;
    }

    public static String keycloakUrl() {
        return "http://" + HOST + ":" + KEYCLOAK;
    }

    /** The port of one of the four services: gateway, seizure-service, embargo-service or search-service. */
    public static int servicePort(String service) {
        return setting("embargo.services." + service + "-port");
    }

    public static String gatewayUrl() {
        return "http://" + HOST + ":" + servicePort("gateway");
    }

    private static int port(String server) {
        return setting("embargo.servers." + server + "-port");
    }

    private static int setting(String name) {
        return ConfigProvider.getConfig(LocalServers.class.getClassLoader()).getValue(name, Integer.class);
    }
}
