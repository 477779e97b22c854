package org.embargomonitor.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Checks, before a test starts a service, that the real servers it talks to are running on 127.0.0.1, and
 * says how to start them when they are not. The servers themselves are started by bin/embargo-monitor.
 */
public class RealServers implements QuarkusTestResourceLifecycleManager {

    public static final String SERVERS_ARG = "servers";

    private static final Map<String, Integer> PORTS = Map.of("postgres", LocalServers.POSTGRES, "kafka", LocalServers.KAFKA,
            "opensearch", LocalServers.OPENSEARCH, "keycloak", LocalServers.KEYCLOAK);

    private List<String> wanted = List.of("keycloak");

    @Override
    public void init(Map<String, String> initArgs) {
        String servers = initArgs.get(SERVERS_ARG);
        if (servers != null) {
            wanted = List.of(servers.split(","));
        }
    }

    @Override
    public Map<String, String> start() {
        List<String> missing = new ArrayList<>();
        for (String server : wanted) {
            if (!listening(PORTS.get(server.trim()))) {
                missing.add(server.trim() + " (127.0.0.1:" + PORTS.get(server.trim()) + ")");
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The real servers these tests need are not running: " + missing
                    + ". Run the tests with `bin/embargo-monitor test`, or start the servers with `bin/embargo-monitor servers`.");
        }
        return new LinkedHashMap<>();
    }

    @Override
    public void stop() {
        // The servers outlive the tests: bin/embargo-monitor stops what it started.
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
