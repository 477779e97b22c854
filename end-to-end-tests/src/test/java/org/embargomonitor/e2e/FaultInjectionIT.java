package org.embargomonitor.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The fault-injection suite (issue 12): while field clients record seizures through the gateway, each component is
 * killed with SIGKILL in turn and started again, once after a short outage and once after one much longer than the
 * Kafka connector's acknowledgement limit (60 s); then nothing acknowledged is lost or doubled anywhere. Sizes:
 * {@code -Dfaults.seizures} (2,000 in CI; 100,000 for the full run), {@code -Dfaults.short-outage-seconds},
 * {@code -Dfaults.long-outage-seconds}; {@code -Dfaults.components} breaks only some. Runs on a platform of its own ({@link FaultPlatform}).
 */
class FaultInjectionIT {

    private static final int SEIZURES = Integer.getInteger("faults.seizures", 2000);
    private static final Duration SHORT_OUTAGE = Duration.ofSeconds(Long.getLong("faults.short-outage-seconds", 5));
    private static final Duration LONG_OUTAGE = Duration.ofSeconds(Long.getLong("faults.long-outage-seconds", 150));
    /** Load between two faults (at least this long, and until a seizure more is acknowledged), so that each fault hits requests and events in flight. */
    private static final Duration BETWEEN_FAULTS = Duration.ofSeconds(10);
    private static final List<String> COMPONENTS = List.of(System.getProperty("faults.components",
            "search-service,embargo-service,seizure-service,gateway,opensearch,kafka,postgres").split(","));
    private static final Duration SETTLE_WITHIN = Duration.ofMinutes(10);
    private static final String DB_USER = "embargo";

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void shouldLoseAndDoubleNothingAcknowledgedWhenEachComponentIsKilledAndRestartedUnderLoad() throws Exception {
        String prefix = "FAULT-" + Instant.now().getEpochSecond();
        try (FaultPlatform platform = FaultPlatform.start()) {
            FieldClients clients = new FieldClients(platform.gateway(), prefix, 8);
            AtomicBoolean faultsOver = new AtomicBoolean();
            long plannedSeconds = COMPONENTS.size() * (2 * BETWEEN_FAULTS.toSeconds() + SHORT_OUTAGE.toSeconds()
                    + LONG_OUTAGE.toSeconds() + 2 * 30);
            clients.start((double) SEIZURES / plannedSeconds, () -> !faultsOver.get() || clients.sent() < SEIZURES);

            for (String component : COMPONENTS) {
                for (Duration outage : List.of(SHORT_OUTAGE, LONG_OUTAGE)) {
                    int before = clients.acknowledged().size();
                    await("seizures acknowledged before the next fault").atMost(BETWEEN_FAULTS.multipliedBy(6))
                            .pollDelay(BETWEEN_FAULTS).until(() -> clients.acknowledged().size() > before);
                    say("kill -9 " + component + " for " + outage.toSeconds() + " s; " + clients.acknowledged().size()
                            + " acknowledged so far");
                    platform.kill(component);
                    await(component + " stays down").during(outage).atMost(outage.plusSeconds(30))
                            .until(() -> !platform.running(component));
                    platform.restart(component);
                    say(component + " is back");
                }
            }
            faultsOver.set(true);
            clients.hurry();
            assertThat(clients.awaitFinished(Duration.ofMinutes(20))).as("the clients finished").isTrue();
            Map<String, FieldClients.Acknowledged> acknowledged = clients.acknowledged();
            say(acknowledged.size() + " seizures acknowledged; answers " + clients.statuses() + ", failed exchanges "
                    + clients.failedExchanges());

            assertThat(clients.refusals()).as("seizures refused for good").isEmpty();
            assertThat(clients.givenUp()).as("seizures never acknowledged").isEmpty();
            assertThat(clients.statuses()).as("answers").doesNotContainKey(500);
            assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(SEIZURES);

            assertThat(storedReferences(prefix)).as("seizures stored").isEqualTo(acknowledged.keySet());
            assertThat(count("seizure", "select count(*) from item i join seizure s on s.id = i.seizure_id where s.reference like ?", prefix + "-%"))
                    .as("items stored").isEqualTo((long) acknowledged.size() * FieldClients.ITEMS_PER_SEIZURE);
            await("the pipeline caught up").atMost(SETTLE_WITHIN).pollInterval(Duration.ofSeconds(5)).untilAsserted(() -> {
                assertThat(count("seizure", "select count(*) from outbox_event where published_at is null"))
                        .as("seizure-service's outbox").isZero();
                assertThat(count("embargo", "select count(*) from seizure_record where reference like ?", prefix + "-%"))
                        .as("seizures evaluated").isEqualTo(acknowledged.size());
                assertThat(count("embargo", "select count(*) from outbox_event where published_at is null"))
                        .as("embargo-service's outbox").isZero();
                assertThat(searchable(prefix)).as("seizures searchable").isEqualTo(acknowledged.size());
            });
            assertThat(duplicatedInSearch(prefix)).as("references indexed more than once").isEmpty();
            // a check that met a connection the restarted database had dropped may say DOWN once before it reconnects
            for (ServiceProcess service : platform.services()) {
                await(service.name() + " healthy").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(2))
                        .untilAsserted(() -> assertThat(health(service)).startsWith("200"));
            }
        }
    }

    private Set<String> storedReferences(String prefix) throws SQLException {
        Set<String> references = new HashSet<>();
        try (Connection db = connect("seizure");
             var query = db.prepareStatement("select reference from seizure where reference like ?")) {
            query.setString(1, prefix + "-%");
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    references.add(rows.getString(1));
                }
            }
        }
        return references;
    }

    private static long count(String database, String sql, Object... parameters) throws SQLException {
        try (Connection db = connect(database); var query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(FaultPlatform.jdbcUrl(database), DB_USER, DB_USER);
    }

    /** How many seizure records of this run the records index holds. */
    private long searchable(String prefix) throws IOException, InterruptedException {
        String answer = opensearch("/records/_count", """
                {"query": {"bool": {"filter": [{"term": {"relation": "record"}}, {"prefix": {"reference": "%s-"}}]}}}"""
                .formatted(prefix));
        Matcher count = Pattern.compile("\"count\"\\s*:\\s*(\\d+)").matcher(answer);
        return count.find() ? Long.parseLong(count.group(1)) : -1;
    }

    /** References of this run held by more than one seizure record in the index. */
    private List<String> duplicatedInSearch(String prefix) throws IOException, InterruptedException {
        String answer = opensearch("/records/_search", """
                {"size": 0, "query": {"bool": {"filter": [{"term": {"relation": "record"}}, {"prefix": {"reference": "%s-"}}]}},
                 "aggs": {"twice": {"terms": {"field": "reference", "min_doc_count": 2, "size": 20}}}}""".formatted(prefix));
        return Pattern.compile("\"key\"\\s*:\\s*\"([^\"]+)\"").matcher(answer).results().map(m -> m.group(1)).toList();
    }

    private String opensearch(String path, String query) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(FaultPlatform.opensearch() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(query)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as("OpenSearch answered " + answer.body()).isEqualTo(200);
        return answer.body();
    }

    /** The status and what the checks say, for the failure message. */
    private String health(ServiceProcess service) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(service.url() + "/q/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        return answer.statusCode() + " " + answer.body();
    }

    private static void say(String line) {
        System.out.println("[faults] " + Instant.now() + " " + line);
    }
}
