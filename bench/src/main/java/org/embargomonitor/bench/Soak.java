package org.embargomonitor.bench;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The soak benchmark of issue 12, against a platform started with {@code bin/embargo-monitor up}: finds the
 * highest rate at which the gateway takes seizures of five items (8 clients, 30 s), then posts at half that rate
 * for the soak time, as field clients do (Idempotency-Key, a retry after a failed exchange), and measures how long
 * the consumers' lag takes to come back to zero once the load stops. Reported, not asserted: the target (lag back
 * to zero within 30 s, no stall, no 5xx) is read from the report. Every request goes to 127.0.0.1.
 */
public final class Soak {

    private static final ObjectMapper JSON = PlatformClient.JSON;
    private static final int CLIENTS = 8;
    private static final Duration PROBE = Duration.ofSeconds(30);
    private static final Duration DRAIN_LIMIT = Duration.ofMinutes(10);

    private final PlatformClient platform = new PlatformClient();
    private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    private final Latencies latencies = new Latencies();
    private final AtomicInteger failedExchanges = new AtomicInteger();

    public static void main(String[] args) throws Exception {
        Duration soak = Duration.ofMinutes(Long.parseLong(System.getProperty("soak.minutes", "10")));
        new Soak().run(soak, Path.of(args.length > 0 ? args[0] : "bench/target/soak.json"));
    }

    private void run(Duration soak, Path report) throws Exception {
        say("finding the highest rate: " + CLIENTS + " clients for " + PROBE.toSeconds() + " s");
        double maximum = load(PROBE, Double.MAX_VALUE);
        platform.awaitLagZero(DRAIN_LIMIT);
        statuses.clear();
        latencies.clear();
        double target = maximum / 2;
        say(String.format("highest rate %.1f seizures/s; soaking at %.1f/s for %d min", maximum, target, soak.toMinutes()));
        List<Map<String, Object>> lagDuring = new ArrayList<>();
        ExecutorService watcher = Executors.newSingleThreadExecutor();
        AtomicLong maxLag = new AtomicLong();
        Instant soakEnds = Instant.now().plus(soak);
        watcher.submit(() -> {
            while (Instant.now().isBefore(soakEnds)) {
                long lag = platform.totalLag();
                maxLag.accumulateAndGet(lag, Math::max);
                lagDuring.add(Map.of("at", Instant.now().toString(), "lag", lag));
                PlatformClient.sleep(Duration.ofSeconds(10));
            }
            return null;
        });
        double achieved = load(soak, target);
        Instant stopped = Instant.now();
        watcher.shutdown();
        Duration drain = platform.awaitLagZero(DRAIN_LIMIT);

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("maximumSeizuresPerSecond", Latencies.round(maximum));
        result.put("soakSeizuresPerSecond", Latencies.round(achieved));
        result.put("soakMinutes", soak.toMinutes());
        result.put("statuses", new TreeMap<>(statuses));
        result.put("failedExchanges", failedExchanges.get());
        result.put("postLatencyMsP50", latencies.percentile(50));
        result.put("postLatencyMsP99", latencies.percentile(99));
        result.put("largestLagDuringSoak", maxLag.get());
        result.put("lagBackToZeroSeconds", drain == null ? null : Latencies.round(drain.toMillis() / 1000.0));
        result.put("lagTargetSeconds", 30);
        result.put("stoppedAt", stopped.toString());
        result.put("lagDuringSoak", lagDuring);
        Files.createDirectories(report.toAbsolutePath().getParent());
        Files.writeString(report, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(result));
        result.remove("lagDuringSoak");
        say("result: " + JSON.writeValueAsString(result));
        say(drain != null && drain.toSeconds() <= 30 && !statuses.containsKey(500)
                ? "met: lag back to zero within 30 s, no 500" : "MISSED: see " + report);
    }

    /** Posts seizures with {@value #CLIENTS} clients for the time given, at most at the rate given; answers the rate reached. */
    private double load(Duration time, double perSecond) throws Exception {
        return PacedClients.run(CLIENTS, time, perSecond, this::post);
    }

    /** One seizure, sent again once with the same key when the exchange fails or the gateway answers 5xx. */
    private boolean post() throws Exception {
        String key = UUID.randomUUID().toString();
        byte[] body = JSON.writeValueAsBytes(seizure());
        for (int attempt = 0; attempt < 2; attempt++) {
            long began = System.nanoTime();
            try {
                HttpResponse<String> answer = platform.send(PlatformClient.MISSION_STAFF, platform.request("/api/seizures")
                        .header("Content-Type", "application/json").header("Idempotency-Key", key)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
                latencies.since(began);
                statuses.computeIfAbsent(answer.statusCode(), s -> new AtomicInteger()).incrementAndGet();
                if (answer.statusCode() < 500) {
                    return answer.statusCode() == 201;
                }
            } catch (java.io.IOException e) {
                failedExchanges.incrementAndGet();
            }
        }
        return false;
    }

    private static ObjectNode seizure() {
        ObjectNode seizure = JSON.createObjectNode().put("reference", "SOAK-" + UUID.randomUUID()).put("operation", "MINUSCA")
                .put("reportingUnit", "Soak benchmark").put("occurredAt", "2026-03-14T09:30:00+01:00").put("countryCode", "CAF")
                .put("placeName", "Bria").put("latitude", 6.5423).put("longitude", 21.9862).put("circumstance", "SEIZED")
                .put("narrative", "Soak benchmark: rifles and ammunition seized at a checkpoint.");
        seizure.putObject("possessor").put("kind", "ARMED_GROUP").put("description", "3R fighters");
        ArrayNode items = seizure.putArray("items");
        for (int i = 0; i < 4; i++) {
            items.addObject().put("category", "ASSAULT_RIFLE").put("make", "Kalashnikov pattern").put("model", "AKM")
                    .put("calibre", "7.62x39mm").put("serialNumber", "SK" + UUID.randomUUID().toString().substring(0, 8))
                    .put("quantity", 1).put("markingState", "INTACT");
        }
        // a lot of its own: a lot shared by every seizure would link each to all the others (a check per pair)
        items.addObject().put("category", "AMMUNITION").put("calibre", "7.62x39mm")
                .put("lotNumber", "SL" + UUID.randomUUID().toString().substring(0, 8)).put("quantity", 500).put("markingState", "INTACT");
        return seizure;
    }

    private static void say(String line) {
        System.out.println("[soak] " + line);
    }
}
