package org.embargomonitor.search.alerts;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.embargomonitor.testing.DemoUser.ADMIN;
import static org.embargomonitor.testing.DemoUser.MISSION_OFFICER;
import static org.embargomonitor.testing.DemoUser.PANEL_EXPERT;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Callable;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.embargomonitor.search.TestKafka;
import org.embargomonitor.testing.DemoUser;
import org.embargomonitor.testing.Tokens;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Saved searches stored as real percolator queries; records arriving on the real Kafka topic raise alerts. */
@QuarkusTest
class SavedSearchesTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "mp.messaging.incoming.seizure-events.topic")
    String topic;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldAlertItsOwnerOfNewMatchingRecordsInTheirScopeOnly() throws Exception {
        String marker = "m" + UUID.randomUUID().toString().replace("-", "");
        String saved = as(PANEL_EXPERT).contentType(ContentType.JSON)
                .body(Map.of("name", "Rifles near Bria", "q", "rifles " + marker, "countries", List.of("CAF")))
                .post("/api/search/saved-searches")
                .then().statusCode(201).body("name", equalTo("Rifles near Bria")).extract().path("id");
        as(PANEL_EXPERT).get("/api/search/saved-searches").then().statusCode(200).body("id", hasItem(saved));

        String matching = seizure("CAF", "MINUSCA", "Rifles seized at a checkpoint " + marker);
        seizure("CAF", "MINUSCA", "Mortar rounds found " + marker);
        seizure("COD", "MONUSCO", "Rifles surrendered " + marker);

        List<String> alerted = awaitAlerts(saved, 1);
        assertThat(alerted).containsExactly(matching);
        as(ADMIN).queryParam("savedSearch", saved).get("/api/search/alerts").then().statusCode(200).body("size()", equalTo(0));

        seizure("CAF", "MINUSCA", "Rifles seized at a checkpoint " + marker, matching, 1);
        seizure("CAF", "MINUSCA", "Rifles again " + marker);
        assertThat(awaitAlerts(saved, 2)).hasSize(2).contains(matching);

        as(PANEL_EXPERT).delete("/api/search/saved-searches/" + saved).then().statusCode(204);
        as(PANEL_EXPERT).queryParam("savedSearch", saved).get("/api/search/alerts").then().statusCode(200).body("size()", equalTo(0));
        as(ADMIN).delete("/api/search/saved-searches/" + saved).then().statusCode(404);
    }

    @Test
    void shouldKeepTheLimitOfSavedSearchesWhenManyAreSavedAtTheSameMoment() throws Exception {
        for (String id : as(ADMIN).get("/api/search/saved-searches").then().statusCode(200).extract().jsonPath().getList("id", String.class)) {
            as(ADMIN).delete("/api/search/saved-searches/" + id).then().statusCode(204);
        }
        ExecutorService clients = Executors.newFixedThreadPool(16);
        List<Future<Integer>> sent = new ArrayList<>();
        for (int i = 0; i < 110; i++) {
            Map<String, String> search = Map.of("name", "parallel " + i, "q", "rifles " + i);
            sent.add(clients.submit(() -> as(ADMIN).contentType(ContentType.JSON).body(search).post("/api/search/saved-searches")
                    .then().extract().statusCode()));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> status : sent) {
            statuses.add(status.get());
        }
        clients.shutdownNow();

        assertThat(statuses).containsOnly(201, 409);
        assertThat(statuses.stream().filter(s -> s == 201)).hasSize(100);
        List<String> saved = as(ADMIN).get("/api/search/saved-searches").then().statusCode(200).extract().jsonPath().getList("id", String.class);
        assertThat(saved).hasSize(100).doesNotHaveDuplicates();
        for (String id : saved) {
            as(ADMIN).delete("/api/search/saved-searches/" + id).then().statusCode(204);
        }
    }

    @Test
    void shouldRefuseASavedSearchWithoutANameOrQueryAndMissionStaff() {
        as(PANEL_EXPERT).contentType(ContentType.JSON).body(Map.of("q", "rifles")).post("/api/search/saved-searches")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("name"));
        as(PANEL_EXPERT).contentType(ContentType.JSON).body(Map.of("name", "nothing")).post("/api/search/saved-searches")
                .then().statusCode(400).body("errors.field", hasItem("q"));
        as(MISSION_OFFICER).contentType(ContentType.JSON).body(Map.of("name", "x", "q", "rifles")).post("/api/search/saved-searches")
                .then().statusCode(403);
        as(MISSION_OFFICER).get("/api/search/alerts").then().statusCode(403);
    }

    @Test
    void shouldRefuseAnEmptyCountryAndAPeriodItCannotSearchNamingTheField() {
        refused("{\"name\": \"n\", \"q\": \"rifles\", \"countries\": [null]}", "countries[0]");
        refused("{\"name\": \"n\", \"q\": \"rifles\", \"to\": \"9999-12-31\"}", "to");
        refused("{\"name\": \"n\", \"q\": \"rifles\", \"from\": \"2026-03-01\", \"to\": \"2026-02-01\"}", "to");
    }

    private void refused(String body, String field) {
        as(PANEL_EXPERT).contentType(ContentType.JSON).body(body).post("/api/search/saved-searches")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(field));
    }

    /** The alerts once there are {@code count} of them and a second has passed in which a duplicate could arrive. */
    private List<String> awaitAlerts(String saved, int count) {
        Callable<List<String>> alerts = () -> as(PANEL_EXPERT).queryParam("savedSearch", saved).get("/api/search/alerts")
                .then().statusCode(200).extract().jsonPath().getList("recordId", String.class);
        await(count + " alerts of " + saved).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(alerts, records -> records.size() >= count);
        return await("no further alert of " + saved).during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(250)).until(alerts, records -> records.size() >= count);
    }

    private String seizure(String country, String operation, String narrative) throws Exception {
        return seizure(country, operation, narrative, UUID.randomUUID().toString(), 0);
    }

    private String seizure(String country, String operation, String narrative, String id, long version) throws Exception {
        TestKafka.send(bootstrapServers, topic, id, json.writeValueAsString(Map.of("schemaVersion", 1, "eventId", UUID.randomUUID().toString(),
                "type", "SEIZURE_RECORDED", "occurredAt", "2026-03-14T09:31:00Z", "actor", "mission.officer",
                "seizure", Map.of("id", id, "reference", "REF-" + id.substring(0, 8), "operation", operation, "countryCode", country,
                        "occurredAt", "2026-03-14T09:30:00+01:00", "circumstance", "SEIZED", "narrative", narrative,
                        "version", version, "items", List.of()))));
        return id;
    }

    private static RequestSpecification as(DemoUser user) {
        return given().auth().oauth2(Tokens.accessToken(user)).log().ifValidationFails();
    }
}
