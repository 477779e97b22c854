package org.embargomonitor.search.indexing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.embargomonitor.testing.DemoUser.ADMIN;
import static org.embargomonitor.testing.DemoUser.PANEL_EXPERT;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.embargomonitor.search.TestKafka;
import org.embargomonitor.search.opensearch.RecordsIndex;
import org.embargomonitor.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.opensearch.client.opensearch.OpenSearchAsyncClient;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Seizure events written to the real Kafka topic become documents in the real OpenSearch, once each, newest wins. */
@QuarkusTest
class SeizureIndexingTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "mp.messaging.incoming.seizure-events.topic")
    String topic;

    @Inject
    OpenSearchAsyncClient openSearch;

    @Inject
    RecordsIndex index;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldMakeASeizureEventSearchable() throws Exception {
        String id = UUID.randomUUID().toString();
        String marker = "m" + UUID.randomUUID().toString().replace("-", "");

        send(id, event(id, 0, "Rifles with serial KT104523 seized near Bria " + marker));

        JsonPath found = awaitSearch(ADMIN, marker, r -> r.getInt("total") == 1);
        assertThat(found.getString("hits[0].id")).isEqualTo(id);
        assertThat(found.getString("hits[0].reference")).isEqualTo("REF-" + id.substring(0, 8));
    }

    @Test
    void shouldKeepOneDocumentForARedeliveredEventAndNeverLetAnOlderVersionWin() throws Exception {
        String id = UUID.randomUUID().toString();
        String marker = "m" + UUID.randomUUID().toString().replace("-", "");

        send(id, event(id, 2, "Version two " + marker));
        send(id, event(id, 2, "Version two " + marker));
        send(id, event(id, 1, "Version one " + marker));
        String later = UUID.randomUUID().toString();
        send(later, event(later, 0, "Sentinel " + marker));

        awaitSearch(ADMIN, marker, r -> r.getInt("total") == 2);
        JsonPath versions = given().auth().oauth2(Tokens.accessToken(ADMIN)).queryParam("q", "version " + marker)
                .get("/api/search").then().statusCode(200).extract().jsonPath();
        assertThat(versions.getInt("total")).isEqualTo(1);
        var stored = openSearch.get(g -> g.index(index.alias()).id(id), Map.class).get();
        assertThat(stored.source().get("narrative")).asString().startsWith("Version two");
        assertThat(stored.version()).isEqualTo(2L);
    }

    @Test
    void shouldScopeIndexedRecordsToTheCallersPanel() throws Exception {
        String inCongo = UUID.randomUUID().toString();
        String marker = "m" + UUID.randomUUID().toString().replace("-", "");
        send(inCongo, event(inCongo, 0, "Found in Ituri " + marker).replace("\"CAF\"", "\"COD\"").replace("MINUSCA", "MONUSCO"));

        awaitSearch(ADMIN, marker, r -> r.getInt("total") == 1);
        assertThat(given().auth().oauth2(Tokens.accessToken(PANEL_EXPERT)).queryParam("q", marker).get("/api/search")
                .then().statusCode(200).extract().jsonPath().getInt("total")).isZero();
    }

    static JsonPath awaitSearch(org.embargomonitor.testing.DemoUser user, String query, Predicate<JsonPath> done) {
        return awaitSearch(user, query, done, Duration.ofSeconds(30));
    }

    static JsonPath awaitSearch(org.embargomonitor.testing.DemoUser user, String query, Predicate<JsonPath> done,
            Duration within) {
        return await("search for " + query + " to settle").atMost(within).pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    var response = given().auth().oauth2(Tokens.accessToken(user)).queryParam("q", query).get("/api/search");
                    return response.statusCode() == 200 ? response.jsonPath() : null; // the index may not be ready yet
                }, found -> found != null && done.test(found));
    }

    static String event(String id, long version, String narrative) throws Exception {
        return JSON.writeValueAsString(Map.of(
                "schemaVersion", 1, "eventId", UUID.randomUUID().toString(), "type", "SEIZURE_RECORDED",
                "occurredAt", "2026-03-14T09:31:00Z", "actor", "mission.officer",
                "seizure", Map.ofEntries(Map.entry("id", id), Map.entry("reference", "REF-" + id.substring(0, 8)),
                        Map.entry("operation", "MINUSCA"), Map.entry("countryCode", "CAF"),
                        Map.entry("occurredAt", "2026-03-14T09:30:00+01:00"), Map.entry("circumstance", "SEIZED"),
                        Map.entry("placeName", "Bria"), Map.entry("latitude", 6.5423), Map.entry("longitude", 21.9862),
                        Map.entry("narrative", narrative), Map.entry("version", version),
                        Map.entry("items", List.of(Map.of("id", UUID.nameUUIDFromBytes((id + "/1").getBytes()).toString(), "position", 1,
                                "category", "ASSAULT_RIFLE", "serialNumber", "KT 1O4523",
                                "serialNumberNormalised", "KT104523", "quantity", 1, "markingState", "INTACT", "status", "RECORDED"))))));
    }

    private void send(String key, String value) throws Exception {
        TestKafka.send(bootstrapServers, topic, key, value);
    }
}
