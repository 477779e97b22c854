package org.embargomonitor.search.findings;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.embargomonitor.testing.DemoUser.ADMIN;
import static org.embargomonitor.testing.DemoUser.MISSION_OFFICER;
import static org.embargomonitor.testing.DemoUser.PANEL_EXPERT;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.embargomonitor.search.TestKafka;
import org.embargomonitor.search.TestRecords;
import org.embargomonitor.search.opensearch.RecordsIndex;
import org.embargomonitor.search.query.IndexedRecord;
import org.embargomonitor.testing.DemoUser;
import org.embargomonitor.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.opensearch.client.opensearch.OpenSearchAsyncClient;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** Finding events on the real Kafka become findings of their record in the real OpenSearch; newest version wins. */
@QuarkusTest
class FindingIndexingTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "mp.messaging.incoming.finding-events.topic")
    String topic;

    @Inject
    OpenSearchAsyncClient openSearch;

    @Inject
    RecordsIndex index;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldFilterAndCountRecordsByTheirFindingsRegimeAndStatus() throws Exception {
        String marker = TestRecords.marker();
        IndexedRecord flagged = TestRecords.index(openSearch, index, TestRecords.record("MINUSCA", "CAF", "Rifles " + marker));
        TestRecords.index(openSearch, index, TestRecords.record("MINUSCA", "CAF", "Rifles without finding " + marker));
        String finding = UUID.randomUUID().toString();

        send(flagged.id(), finding, 1, "OPEN");
        JsonPath open = await(r -> r.getInt("total") == 1, "regime", "CAR", "findingStatus", "OPEN", "q", marker);
        assertThat(open.getList("hits.id", String.class)).containsExactly(flagged.id());
        as(ADMIN).queryParam("q", marker).get("/api/search").then().statusCode(200)
                .body("total", equalTo(2))
                .body("facets.findingStatus.value", contains("OPEN"))
                .body("facets.regime.value", contains("CAR"));

        send(flagged.id(), finding, 3, "CONFIRMED");
        send(flagged.id(), finding, 2, "DISMISSED");
        await(r -> r.getInt("total") == 1, "findingStatus", "CONFIRMED", "q", marker);
        as(ADMIN).queryParam("q", marker).queryParam("findingStatus", "DISMISSED").get("/api/search")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void shouldFindARecordByTheExplanationOfItsFinding() throws Exception {
        String marker = TestRecords.marker();
        IndexedRecord flagged = TestRecords.index(openSearch, index, TestRecords.record("MINUSCA", "CAF", "Pistols"));
        send(flagged.id(), UUID.randomUUID().toString(), 0, "OPEN", "Possessor matches CFi.001 " + marker);

        await(r -> r.getInt("total") == 1, "q", marker);
    }

    @Test
    void shouldRefuseFindingFiltersToMissionStaffWhoMayNotReadFindings() {
        as(MISSION_OFFICER).queryParam("q", "rifles").queryParam("regime", "CAR").get("/api/search")
                .then().statusCode(403).contentType("application/problem+json");
        as(PANEL_EXPERT).queryParam("q", "rifles").queryParam("findingStatus", "MAYBE").get("/api/search")
                .then().statusCode(400).body("errors.field", hasItem("findingStatus[0]"));
    }

    private void send(String seizureId, String findingId, long version, String status) throws Exception {
        send(seizureId, findingId, version, status, "The record is in the territory under embargo.");
    }

    private void send(String seizureId, String findingId, long version, String status, String explanation) throws Exception {
        Map<String, Object> finding = Map.ofEntries(Map.entry("id", findingId), Map.entry("seizureId", seizureId),
                Map.entry("itemId", UUID.randomUUID().toString()), Map.entry("countryCode", "CAF"), Map.entry("seizureDate", "2026-02-01"),
                Map.entry("rule", "EMBARGOED_TERRITORY"), Map.entry("regimeCode", "CAR"),
                Map.entry("regimeVersionId", UUID.randomUUID().toString()), Map.entry("citation", "S/RES/2745 (2024), para. 1"),
                Map.entry("confidence", "HIGH"), Map.entry("explanation", explanation), Map.entry("facts", Map.of()),
                Map.entry("status", status), Map.entry("version", version));
        TestKafka.send(bootstrapServers, topic, seizureId, json.writeValueAsString(Map.of("schemaVersion", 1,
                "eventId", UUID.randomUUID().toString(), "type", "FINDING_RAISED", "occurredAt", "2026-02-02T10:00:00Z",
                "actor", "compliance-checks", "finding", finding)));
    }

    private JsonPath await(Predicate<JsonPath> done, String... parameters) {
        return Awaitility.await("the search to settle").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    RequestSpecification request = as(ADMIN);
                    for (int i = 0; i < parameters.length; i += 2) {
                        request.queryParam(parameters[i], parameters[i + 1]);
                    }
                    return request.get("/api/search").then().statusCode(200).extract().jsonPath();
                }, done);
    }

    private static RequestSpecification as(DemoUser user) {
        return given().auth().oauth2(Tokens.accessToken(user)).log().ifValidationFails();
    }
}
