package org.embargomonitor.gateway.routing;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * An HTTP server on 127.0.0.1 that stands where the seizure service would, and remembers the last request the
 * gateway passed on, so tests can see exactly what was forwarded. {@code ?bare=414} makes it answer that status alone.
 */
public class RecordingUpstream implements QuarkusTestResourceLifecycleManager {

    public record Forwarded(String method, String path, String authorization, String cookie, String body, String forwardedProto,
            String forwardedHost) {
    }

    private static final AtomicReference<Forwarded> LAST = new AtomicReference<>();
    private HttpServer server;

    public static Forwarded last() {
        return LAST.get();
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            var headers = exchange.getRequestHeaders();
            LAST.set(new Forwarded(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                    headers.getFirst("Authorization"), headers.getFirst("Cookie"), body, headers.getFirst("X-Forwarded-Proto"),
                    headers.getFirst("X-Forwarded-Host")));
            String query = String.valueOf(exchange.getRequestURI().getQuery());
            if (query.startsWith("bare=")) {
                // as an HTTP server refuses an address or a body before any resource sees it: a status and nothing else
                exchange.sendResponseHeaders(Integer.parseInt(query.substring(5)), -1);
                exchange.close();
                return;
            }
            byte[] answer = "{\"upstream\":\"seizures\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        return Map.of("gateway.routes.seizures.url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
