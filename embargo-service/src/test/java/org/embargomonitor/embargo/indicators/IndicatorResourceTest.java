package org.embargomonitor.embargo.indicators;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.embargomonitor.testing.DemoUser.ADMIN;
import static org.embargomonitor.testing.DemoUser.COMMITTEE_MEMBER;
import static org.embargomonitor.testing.DemoUser.MISSION_OFFICER;
import static org.embargomonitor.testing.DemoUser.PANEL_EXPERT;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.embargomonitor.embargo.compliance.SeizureEvents;
import org.embargomonitor.testing.DemoUser;
import org.embargomonitor.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** Indicators over seizure events sent to the real Kafka and stored in the real PostgreSQL, within each caller's scope. */
@QuarkusTest
class IndicatorResourceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "mp.messaging.incoming.seizure-events.topic")
    String topic;

    @Test
    void shouldComputeTheIndicatorsOfAnOperationsRecordsWithTheFilterAndTheSearchBehindThem() throws Exception {
        String operation = "IND" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        SeizureEvents events = new SeizureEvents(bootstrapServers, topic);
        Map<String, Object> border = seizure(operation, "2026-01-10", "BORDER", "SEIZED", 3, "TRACED");
        Map<String, Object> inland = seizure(operation, "2026-02-20", "INLAND", "SURRENDERED", 2, "DESTROYED");
        events.send(border);
        events.send(inland);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(ADMIN).queryParam("operation", operation)
                .get("/api/embargo/indicators").then().statusCode(200).body("totals.seizures", equalTo(2)));
        as(ADMIN).queryParam("operation", operation).queryParam("period", "month").get("/api/embargo/indicators").then()
                .statusCode(200)
                .body("filter.operation", equalTo(operation))
                .body("filter.from", equalTo("2026-01-10"))
                .body("totals.itemsSeized", equalTo(3))
                .body("totals.itemsSurrendered", equalTo(2))
                .body("totals.itemsTraced", equalTo(3))
                .body("totals.tracedProportion", equalTo(0.6f))
                .body("totals.itemsDestroyed", equalTo(2))
                .body("totals.seizuresAtBorder", equalTo(1))
                .body("totals.seizuresInland", equalTo(1))
                .body("series.period", equalTo(List.of("2026-01", "2026-02")))
                .body("series[1].records", equalTo("/api/search?operation=" + operation + "&from=2026-02-01&to=2026-02-28"))
                .body("records", containsString("operation=" + operation))
                .body("places.size()", equalTo(1));
        as(COMMITTEE_MEMBER).queryParam("operation", operation).queryParam("regime", "CAR").get("/api/embargo/indicators").then()
                .statusCode(200)
                .body("totals.seizures", equalTo(2))
                .body("totals.findingsOpen", nullValue())
                .body("filter.countries", hasItem("CAF"))
                .body("filter.confirmedFindingsOnly", equalTo(true));
        as(PANEL_EXPERT).queryParam("operation", operation).get("/api/embargo/indicators").then()
                .statusCode(200).body("totals.seizures", equalTo(2)).body("filter.countries", equalTo(List.of("CAF")));
        String csv = as(ADMIN).queryParam("operation", operation).queryParam("format", "csv").get("/api/embargo/indicators/export")
                .then().statusCode(200).extract().asString();
        org.assertj.core.api.Assertions.assertThat(csv).contains("period,from,to,seizures,itemsSeized").contains("total,2026-01-10,2026-02-20,2,3,");
    }

    @Test
    void shouldKeepPanelExpertsToTheirCountriesAndRefuseMissionStaffAndBadFilters() {
        as(PANEL_EXPERT).queryParam("country", "COD").get("/api/embargo/indicators").then().statusCode(403)
                .contentType("application/problem+json");
        as(MISSION_OFFICER).get("/api/embargo/indicators").then().statusCode(403);
        as(ADMIN).queryParam("period", "week").get("/api/embargo/indicators").then().statusCode(400).body("errors.field", hasItem("period"));
        as(ADMIN).queryParam("from", "yesterday").get("/api/embargo/indicators").then().statusCode(400).body("errors.field", hasItem("from"));
        as(ADMIN).queryParam("to", "+999999999-12-31").get("/api/embargo/indicators").then().statusCode(400).body("errors.field", hasItem("to"));
        as(ADMIN).urlEncodingEnabled(false).queryParam("operation", "a%FFb").get("/api/embargo/indicators").then().statusCode(400)
                .body("errors.field", hasItem("operation"));
        as(ADMIN).queryParam("regime", "NOPE").get("/api/embargo/indicators").then().statusCode(404);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> seizure(String operation, String date, String locationType, String circumstance, int quantity,
            String status) {
        Map<String, Object> seizure = SeizureEvents.seizure("CAF", date, "UNKNOWN", null);
        seizure.put("operation", operation);
        seizure.put("locationType", locationType);
        seizure.put("circumstance", circumstance);
        seizure.put("latitude", 6.5423);
        seizure.put("longitude", 21.9862);
        seizure.put("placeName", "Bria");
        Map<String, Object> item = ((List<Map<String, Object>>) seizure.get("items")).get(0);
        item.put("quantity", quantity);
        item.put("status", status);
        return seizure;
    }

    private static RequestSpecification as(DemoUser user) {
        return given().auth().oauth2(Tokens.accessToken(user)).log().ifValidationFails();
    }
}
