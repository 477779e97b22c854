package org.embargomonitor.embargo.compliance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.embargomonitor.testing.DemoUser.ADMIN;
import static org.embargomonitor.testing.DemoUser.PANEL_EXPERT;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.embargomonitor.embargo.parties.ListImportsForTests;
import org.embargomonitor.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * A burst of seizure events, several versions of the same seizures among them, with possessors that match listed
 * names, checked while a re-evaluation of every record and name look-ups run: every record is checked at its
 * latest version, their findings' events all reach Kafka, and the consumer stays healthy.
 */
@QuarkusTest
class ChecksUnderLoadTest {

    private static final int PRODUCERS = 8;
    private static final int SEIZURES_PER_PRODUCER = 15;
    private static final int ITEMS = 5;
    private static final List<String> POSSESSORS = List.of("Al Shabab", "Harakat al-Chabab al-Moudjahidine",
            "Allied Democratic Forces", "ADF cache keepers", "Lord's Resistance Army", "Unidentified armed men",
            "حركة الشباب المجاهدين", "Mouvement du 23 mars", "3R (Retour, Réclamation et Réhabilitation)");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "mp.messaging.incoming.seizure-events.topic")
    String seizureTopic;

    @Inject
    Pool database;

    @Test
    void shouldCheckEveryRecordOfAConcurrentBurstAtItsLatestVersionWhileReevaluationsAndNameLookupsRun() throws Exception {
        ListImportsForTests.ensure2026SnapshotImported();
        SeizureEvents events = new SeizureEvents(bootstrapServers, seizureTopic);
        ExecutorService clients = Executors.newFixedThreadPool(PRODUCERS + 2);
        AtomicBoolean loading = new AtomicBoolean(true);
        List<Future<Map<UUID, Integer>>> producers = new ArrayList<>();
        for (int p = 0; p < PRODUCERS; p++) {
            int producer = p;
            producers.add(clients.submit(() -> produce(events, producer)));
        }
        Future<?> lookups = clients.submit(() -> lookUpNames(loading));
        Future<?> reevaluation = clients.submit(() -> given().auth().oauth2(Tokens.accessToken(ADMIN))
                .post("/api/embargo/evaluations").then().statusCode(202));

        Map<UUID, Integer> latest = new HashMap<>();
        for (Future<Map<UUID, Integer>> producer : producers) {
            latest.putAll(producer.get());
        }
        reevaluation.get();
        try {
            await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1))
                    .untilAsserted(() -> assertThat(checkedAtLatestVersion(latest)).isEqualTo(latest.size()));
        } finally {
            loading.set(false);
            lookups.get();
            clients.shutdownNow();
        }
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(unpublishedEvents()).isZero());
        given().get("/q/health").then().statusCode(200);
    }

    private long unpublishedEvents() {
        return database.query("select count(*) from outbox_event where published_at is null").execute()
                .map(rows -> rows.iterator().next().getLong(0)).await().atMost(Duration.ofSeconds(10));
    }

    /** Sends this producer's seizures, a third of them a second time as a new version; answers each seizure's last version. */
    private Map<UUID, Integer> produce(SeizureEvents events, int producer) throws Exception {
        Map<UUID, Integer> latest = new HashMap<>();
        for (int i = 0; i < SEIZURES_PER_PRODUCER; i++) {
            Map<String, Object> seizure = SeizureEvents.seizure(i % 2 == 0 ? "CAF" : "COD", "2024-0" + (1 + i % 9) + "-15",
                    "ARMED_GROUP", POSSESSORS.get((producer + i) % POSSESSORS.size()));
            seizure.put("items", itemsFor(producer, i));
            List<Map<String, Object>> versions = new ArrayList<>(List.of(seizure));
            if (i % 3 == 0) {
                Map<String, Object> changed = new HashMap<>(seizure);
                changed.put("version", 1);
                changed.put("possessor", Map.of("kind", "ARMED_GROUP", "description", POSSESSORS.get(i % POSSESSORS.size())));
                versions.add(changed);
            }
            events.send(seizure.get("id").toString(), versions);
            latest.put(UUID.fromString(seizure.get("id").toString()), versions.size() - 1);
        }
        return latest;
    }

    /**
     * Items sharing lots and close serials with the other producers' seizures, so that their checks meet: a record
     * is linked to a hundred items or more, as a large shipment's would be.
     */
    private static List<Map<String, Object>> itemsFor(int producer, int seizure) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int position = 1; position <= ITEMS; position++) {
            Map<String, Object> item = new HashMap<>(Map.of("id", UUID.randomUUID().toString(), "position", position,
                    "quantity", 1, "markingState", "INTACT", "status", "RECORDED"));
            if (position == 1) {
                item.putAll(Map.of("category", "AMMUNITION", "lotNumber", "LOAD-" + seizure % 5, "lotNumberNormalised", "LOAD" + seizure % 5));
            } else {
                long serial = 500_000L + seizure * 100L + producer * 5L + position;
                item.putAll(Map.of("category", "ASSAULT_RIFLE", "make", "Kalashnikov", "model", "AKM",
                        "serialNumber", "LD-" + serial, "serialNumberNormalised", "LD" + serial));
            }
            items.add(item);
        }
        return items;
    }

    private static void lookUpNames(AtomicBoolean loading) {
        int i = 0;
        while (loading.get()) {
            given().auth().oauth2(Tokens.accessToken(PANEL_EXPERT)).queryParam("name", POSSESSORS.get(i++ % POSSESSORS.size()))
                    .get("/api/embargo/designated-parties/matches").then().statusCode(200);
        }
    }

    private int checkedAtLatestVersion(Map<UUID, Integer> latest) {
        List<UUID> ids = List.copyOf(latest.keySet());
        return database.preparedQuery("select id, version from seizure_record where id = any($1)")
                .execute(Tuple.of(ids.toArray(UUID[]::new)))
                .map(rows -> {
                    int checked = 0;
                    for (var row : rows) {
                        if (row.getLong("version") == latest.get(row.getUUID("id")).longValue()) {
                            checked++;
                        }
                    }
                    return checked;
                })
                .await().atMost(Duration.ofSeconds(10));
    }
}
