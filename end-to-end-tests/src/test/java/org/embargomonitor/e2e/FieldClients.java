package org.embargomonitor.e2e;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.pollinterval.IterativePollInterval;
import org.embargomonitor.testing.DemoUser;
import org.embargomonitor.testing.Tokens;

/**
 * Mission staff recording seizures through the gateway over a link that breaks, as the field app does: each
 * seizure gets an Idempotency-Key and is sent again with the same key after a failed exchange, a 5xx, a 429 or an
 * answer that says to come back (Retry-After), with pauses growing from 0.5 s to 8 s, until the gateway
 * acknowledges it.
 */
final class FieldClients {

    static final int ITEMS_PER_SEIZURE = 3;
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(15);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(500);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(8);

    /** A seizure the gateway acknowledged: its reference and the id it was given. */
    record Acknowledged(String reference, String id) {
    }

    private final String gateway;
    private final String referencePrefix;
    private final int clients;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Acknowledged> acknowledged = new ConcurrentHashMap<>();
    private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    private final AtomicInteger failedExchanges = new AtomicInteger();
    private final AtomicInteger sent = new AtomicInteger();
    private final List<String> refusals = new CopyOnWriteArrayList<>();
    private final List<String> givenUp = new CopyOnWriteArrayList<>();
    private ExecutorService pool;
    private volatile long gapNanos;

    FieldClients(String gateway, String referencePrefix, int clients) {
        this.gateway = gateway;
        this.referencePrefix = referencePrefix;
        this.clients = clients;
    }

    /** Starts the clients: together they begin at most {@code perSecond} seizures a second while {@code goOn} holds. */
    void start(double perSecond, BooleanSupplier goOn) {
        pool = Executors.newFixedThreadPool(clients);
        gapNanos = (long) (1e9 * clients / perSecond);
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                long next = System.nanoTime();
                while (goOn.getAsBoolean()) {
                    record(sent.incrementAndGet());
                    next = gapNanos == 0 ? System.nanoTime() : next + gapNanos;
                    long wait = next - System.nanoTime();
                    if (wait > 0) {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    }
                }
                return null;
            });
        }
        pool.shutdown();
    }

    /** From now on each client sends its next seizure as soon as the last one is acknowledged. */
    void hurry() {
        gapNanos = 0;
    }

    /** Waits until every client has had its last seizure acknowledged or given it up. */
    boolean awaitFinished(Duration limit) throws InterruptedException {
        return pool.awaitTermination(limit.toSeconds(), TimeUnit.SECONDS);
    }

    int sent() {
        return sent.get();
    }

    Map<String, Acknowledged> acknowledged() {
        return Map.copyOf(acknowledged);
    }

    /** How often the gateway answered each status, retries included. */
    Map<Integer, Integer> statuses() {
        Map<Integer, Integer> counts = new TreeMap<>();
        statuses.forEach((status, count) -> counts.put(status, count.get()));
        return counts;
    }

    int failedExchanges() {
        return failedExchanges.get();
    }

    /** Answers that refused a seizure for good (a 4xx other than the ones that say to come back). */
    List<String> refusals() {
        return List.copyOf(refusals);
    }

    /** Seizures still not acknowledged after {@link #GIVE_UP_AFTER} of retries. */
    List<String> givenUp() {
        return List.copyOf(givenUp);
    }

    private void record(int number) {
        String reference = referencePrefix + "-" + number;
        String key = UUID.randomUUID().toString();
        String body = seizure(reference);
        try {
            await(reference + " acknowledged").atMost(GIVE_UP_AFTER).pollDelay(Duration.ZERO)
                    .pollInterval(new IterativePollInterval(pause -> pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0
                            ? LONGEST_PAUSE : pause.multipliedBy(2), FIRST_PAUSE))
                    .until(() -> settled(reference, key, body));
        } catch (ConditionTimeoutException neverAcknowledged) {
            givenUp.add(reference);
        }
    }

    /** Sends the seizure once; true when it needs no other attempt: acknowledged, or refused for good. */
    private boolean settled(String reference, String key, String body) {
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(gateway + "/api/seizures"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + Tokens.accessToken(DemoUser.MISSION_OFFICER))
                    .header("Content-Type", "application/json").header("Idempotency-Key", key)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            int status = answer.statusCode();
            statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
            if (status == 200 || status == 201) {
                Matcher id = ID.matcher(answer.body());
                acknowledged.put(reference, new Acknowledged(reference, id.find() ? id.group(1) : null));
                return true;
            }
            boolean comeBack = status >= 500 || status == 429 || status == 401 || answer.headers().firstValue("Retry-After").isPresent();
            if (!comeBack) {
                refusals.add(reference + ": " + status + " " + answer.body());
            }
            return !comeBack;
        } catch (IOException | RuntimeException failedExchange) {
            failedExchanges.incrementAndGet();
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Three items with marks of their own: no two seizures share a serial or a lot. */
    private static String seizure(String reference) {
        String mark = UUID.randomUUID().toString().substring(0, 8);
        return """
                {"reference": "%s", "operation": "MINUSCA", "reportingUnit": "Fault-injection suite",
                 "occurredAt": "2026-03-14T09:30:00+01:00", "countryCode": "CAF", "placeName": "Bria",
                 "latitude": 6.5423, "longitude": 21.9862, "circumstance": "SEIZED",
                 "narrative": "Rifles and ammunition seized at a checkpoint while the platform was being broken on purpose.",
                 "possessor": {"kind": "ARMED_GROUP", "description": "3R fighters"},
                 "items": [
                   {"category": "ASSAULT_RIFLE", "make": "Kalashnikov pattern", "model": "AKM", "calibre": "7.62x39mm",
                    "serialNumber": "FA%s", "quantity": 1, "markingState": "INTACT"},
                   {"category": "ASSAULT_RIFLE", "make": "Kalashnikov pattern", "model": "AKM", "calibre": "7.62x39mm",
                    "serialNumber": "FB%s", "quantity": 1, "markingState": "INTACT"},
                   {"category": "AMMUNITION", "calibre": "7.62x39mm", "lotNumber": "FL%s", "quantity": 500, "markingState": "INTACT"}
                 ]}""".formatted(reference, mark, mark, mark);
    }
}
