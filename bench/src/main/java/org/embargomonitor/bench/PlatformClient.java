package org.embargomonitor.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.embargomonitor.testing.LocalServers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The platform as the benchmarks' clients see it: the gateway on 127.0.0.1, with the demo users' tokens from
 * Keycloak, fetched again before they expire (they live five minutes).
 */
public final class PlatformClient {

    public static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    public static final String MISSION_STAFF = "mission.officer";
    public static final String ADMIN = "platform.admin";
    private static final Duration TOKEN_REUSE = Duration.ofMinutes(4);

    private final String gateway = System.getProperty("bench.gateway", LocalServers.gatewayUrl());
    private final String keycloak = System.getProperty("bench.keycloak", LocalServers.keycloakUrl());
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    private record Token(String value, Instant issued) {
    }

    /** A request through the gateway as {@code user}; a 401 (a token revoked or expired early) fetches a new token once. */
    public HttpResponse<String> send(String user, HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(request.copy().header("Authorization", "Bearer " + token(user)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 401) {
            tokens.remove(user);
            answer = http.send(request.header("Authorization", "Bearer " + token(user)).build(), HttpResponse.BodyHandlers.ofString());
        }
        return answer;
    }

    public HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(gateway + pathAndQuery)).timeout(Duration.ofSeconds(60));
    }

    /** GET as {@code user}, the answer read as JSON; anything but 200 is an error. */
    public JsonNode get(String user, String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> answer = send(user, request(pathAndQuery));
        if (answer.statusCode() != 200) {
            throw new IOException("GET " + pathAndQuery + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return JSON.readTree(answer.body());
    }

    /** The sum of the lags the consumers report; unknown lags count as one, so that they are never taken for zero. */
    public long totalLag() {
        long lag = 0;
        for (String path : List.of("/api/embargo/pipeline", "/api/search/pipeline")) {
            try {
                for (JsonNode channel : get(ADMIN, path).path("channels")) {
                    lag += channel.path("lag").isNumber() ? channel.path("lag").asLong() : 1;
                }
            } catch (IOException e) {
                lag += 1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Long.MAX_VALUE;
            }
        }
        return lag;
    }

    /** Waits until every consumer's lag is zero; answers how long that took, or null past the limit. */
    public Duration awaitLagZero(Duration limit) {
        Instant start = Instant.now();
        while (Duration.between(start, Instant.now()).compareTo(limit) < 0) {
            if (totalLag() == 0) {
                return Duration.between(start, Instant.now());
            }
            sleep(Duration.ofMillis(500));
        }
        return null;
    }

    private String token(String user) throws IOException, InterruptedException {
        Token held = tokens.get(user);
        if (fresh(held)) {
            return held.value();
        }
        // one login at a time: with brute-force protection on, Keycloak refuses a user's concurrent logins
        // ("user_temporarily_disabled"), which clients renewing an expired token together would send
        synchronized (tokens) {
            held = tokens.get(user);
            if (fresh(held)) {
                return held.value();
            }
            String form = "grant_type=password&client_id=embargo-cli&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                    + "&password=" + URLEncoder.encode(System.getProperty("bench.password", "demo-password"), StandardCharsets.UTF_8);
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(keycloak
                    + "/realms/embargo-monitor/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
            String value = JSON.readTree(answer.body()).path("access_token").asText();
            if (value.isEmpty()) {
                throw new IOException("no token from Keycloak for " + user + ": " + answer.statusCode());
            }
            tokens.put(user, new Token(value, Instant.now()));
            return value;
        }
    }

    private static boolean fresh(Token held) {
        return held != null && Duration.between(held.issued(), Instant.now()).compareTo(TOKEN_REUSE) < 0;
    }

    public static void sleep(Duration time) {
        try {
            Thread.sleep(time.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
