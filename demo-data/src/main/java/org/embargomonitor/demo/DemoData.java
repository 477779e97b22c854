package org.embargomonitor.demo;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The demo data of {@code bin/embargo-monitor up}, recorded through the gateway as the demo users would, once: the UN
 * Consolidated List when none was imported, and, into a platform without seizures, the seizures of
 * {@code seizures.ndjson} (MONUSCO's by the MONUSCO officer, the others by the MINUSCA officer), the items of
 * {@code destroyed.txt} marked destroyed, and two of the findings raised confirmed by the panel expert.
 *
 * <p>Usage: {@code DemoData <gateway URL> <Keycloak realm URL> <password of the demo users> <demo folder> [list XML]}.
 */
public final class DemoData {

    private static final Duration FINDINGS_WAIT = Duration.ofSeconds(30);
    private static final int CONFIRMED = 2;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, String> tokens = new HashMap<>();
    private final String gateway;
    private final String realm;
    private final String password;

    DemoData(String gateway, String realm, String password) {
        this.gateway = gateway;
        this.realm = realm;
        this.password = password;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: DemoData <gateway URL> <Keycloak realm URL> <demo password> <demo folder> [Consolidated List XML]");
            System.exit(2);
        }
        DemoData demo = new DemoData(args[0], args[1], args[2]);
        Path folder = Path.of(args[3]);
        if (args.length > 4) {
            demo.importList(Path.of(args[4]));
        }
        if (demo.hasSeizures()) {
            return;
        }
        System.out.println("==> recording the demo seizures from " + folder.resolve("seizures.ndjson"));
        demo.record(Files.readAllLines(folder.resolve("seizures.ndjson")), Destruction.readAll(folder.resolve("destroyed.txt")));
        demo.confirmFindings();
    }

    /** An item destroyed after it was recorded: its seizure's reference, its position and the day. */
    record Destruction(String reference, int position, LocalDate on) {

        /** The lines of destroyed.txt: reference, position and day, separated by spaces; # starts a comment. */
        static List<Destruction> readAll(Path file) throws IOException {
            List<Destruction> all = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                String content = line.strip();
                if (content.isEmpty() || content.startsWith("#")) {
                    continue;
                }
                String[] fields = content.split("\\s+");
                if (fields.length != 3) {
                    throw new IllegalArgumentException(file + ": not a reference, position and day: " + line);
                }
                all.add(new Destruction(fields[0], Integer.parseInt(fields[1]), LocalDate.parse(fields[2])));
            }
            return all;
        }
    }

    /** Who records a demo seizure: the officer of its operation. */
    static String recorderOf(JsonNode seizure) {
        return "MONUSCO".equals(seizure.path("operation").asText()) ? "monusco.officer" : "mission.officer";
    }

    void importList(Path list) throws IOException, InterruptedException {
        if (!Files.isRegularFile(list)) {
            System.out.println("==> no Consolidated List at " + list + ": designated parties stay empty (set EMBARGO_CONSOLIDATED_LIST)");
            return;
        }
        if (!get("platform.admin", "/api/embargo/designated-parties/imports").isEmpty()) {
            return;
        }
        System.out.println("==> importing the UN Consolidated List from " + list);
        send("platform.admin", HttpRequest.newBuilder(uri("/api/embargo/designated-parties/imports?fileName="
                + URLEncoder.encode(list.getFileName().toString(), StandardCharsets.UTF_8))).header("Content-Type", "application/xml")
                .POST(HttpRequest.BodyPublishers.ofFile(list)));
    }

    boolean hasSeizures() throws IOException, InterruptedException {
        return !get("platform.admin", "/api/seizures?size=1").isEmpty();
    }

    void record(List<String> seizures, List<Destruction> destructions) throws IOException, InterruptedException {
        for (String line : seizures) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode seizure = json.readTree(line);
            String recorder = recorderOf(seizure);
            JsonNode recorded = post(recorder, "/api/seizures", line);
            for (Destruction destruction : destructions) {
                if (destruction.reference().equals(seizure.path("reference").asText())) {
                    JsonNode item = recorded.path("items").get(destruction.position() - 1);
                    post(recorder, "/api/seizures/" + recorded.path("id").asText() + "/items/" + item.path("id").asText() + "/status",
                            json.writeValueAsString(Map.of("status", "DESTROYED", "reason",
                                    "Demo: destroyed at the national destruction event", "on", destruction.on().toString())));
                }
            }
        }
    }

    /** Confirms two of the open findings, once the checks have raised them (they come a moment after the seizures). */
    void confirmFindings() throws IOException, InterruptedException {
        Instant until = Instant.now().plus(FINDINGS_WAIT);
        JsonNode open = get("panel.expert", "/api/embargo/findings?status=OPEN");
        while (open.size() < CONFIRMED && Instant.now().isBefore(until)) {
            Thread.sleep(1000);
            open = get("panel.expert", "/api/embargo/findings?status=OPEN");
        }
        for (int index = 0; index < Math.min(CONFIRMED, open.size()); index++) {
            post("panel.expert", "/api/embargo/findings/" + open.get(index).path("id").asText() + "/decision", json.writeValueAsString(
                    Map.of("decision", "CONFIRM", "reason", "Demo: the panel inspected the cache and found no exemption.")));
        }
    }

    private JsonNode get(String user, String path) throws IOException, InterruptedException {
        return send(user, HttpRequest.newBuilder(uri(path)).GET());
    }

    private JsonNode post(String user, String path, String body) throws IOException, InterruptedException {
        return send(user, HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private JsonNode send(String user, HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.header("Authorization", "Bearer " + token(user))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(response.request().method() + " " + response.request().uri() + " as " + user + ": "
                    + response.statusCode() + " " + response.body());
        }
        return response.body().isBlank() ? json.nullNode() : json.readTree(response.body());
    }

    /** A token of the demo user, fetched once: the demo takes a minute, well within a token's life. */
    private String token(String user) throws IOException, InterruptedException {
        String held = tokens.get(user);
        if (held != null) {
            return held;
        }
        String form = "grant_type=password&client_id=embargo-cli&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("no token from Keycloak for " + user + ": " + response.statusCode() + " " + response.body());
        }
        String token = json.readTree(response.body()).path("access_token").asText();
        tokens.put(user, token);
        return token;
    }

    private URI uri(String path) {
        return URI.create(gateway + path);
    }
}
