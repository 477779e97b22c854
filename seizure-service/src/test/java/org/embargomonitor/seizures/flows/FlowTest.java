package org.embargomonitor.seizures.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.embargomonitor.seizures.Fixtures.PROBLEM_JSON;
import static org.embargomonitor.seizures.Fixtures.as;
import static org.embargomonitor.seizures.Fixtures.newReference;
import static org.embargomonitor.seizures.Fixtures.record;
import static org.embargomonitor.seizures.Fixtures.seizureWithItems;
import static org.embargomonitor.testing.DemoUser.ADMIN;
import static org.embargomonitor.testing.DemoUser.COMMITTEE_MEMBER;
import static org.embargomonitor.testing.DemoUser.MISSION_OFFICER;
import static org.embargomonitor.testing.DemoUser.MONUSCO_OFFICER;
import static org.embargomonitor.testing.DemoUser.PANEL_EXPERT;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;

import org.embargomonitor.testing.DemoUser;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Flow lines from records and tracing answers stored through the API. */
@QuarkusTest
class FlowTest {

    private static final String PERIOD = "from=2025-06-01&to=2025-06-30";

    @Test
    void shouldDrawLinesFromTheCountriesOfManufactureAndThePointsOfDiversionToTheSeizuresWithTheRecordsBehindThem() {
        String inBria = seizedOn(MISSION_OFFICER, "CAF", "2025-06-10T09:00:00Z");
        String item = as(PANEL_EXPERT).get("/api/seizures/" + inBria).then().extract().path("items[1].id");
        String tracing = as(PANEL_EXPERT).body(Map.of("stateCode", "BGR", "sentOn", "2025-06-20"))
                .post("/api/seizures/" + inBria + "/items/" + item + "/tracing-requests").then().statusCode(201).extract().path("id");
        as(PANEL_EXPERT).body(Map.of("outcome", "POINT_OF_DIVERSION_IDENTIFIED", "receivedOn", "2025-06-28", "diversionCountry", "UKR",
                "lastLegalOwner", "Armed forces of the importing State")).post("/api/seizures/" + inBria + "/tracing-requests/" + tracing + "/response")
                .then().statusCode(200);
        String inCongo = seizedOn(MONUSCO_OFFICER, "COD", "2025-06-12T09:00:00Z");

        List<Map<String, Object>> lines = flows(PANEL_EXPERT, PERIOD);
        Map<String, Object> made = line(lines, "MANUFACTURE", "BGR", "CAF");
        assertThat(made).containsEntry("toCountry", "CAF").containsEntry("toLatitude", 6.5423f);
        assertThat(records(made)).extracting(r -> r.get("seizureId")).contains(inBria);
        Map<String, Object> diverted = line(lines, "DIVERSION", "UKR", "CAF");
        assertThat(diverted).containsEntry("items", 1200).containsEntry("seizures", 1);
        assertThat(records(diverted)).singleElement().satisfies(r -> assertThat(r).containsEntry("seizureId", inBria)
                .containsEntry("categories", "AMMUNITION").containsEntry("occurredOn", "2025-06-10"));
        assertThat(lines).as("the panel's countries only").noneMatch(l -> "COD".equals(l.get("toCountry")));

        assertThat(records(line(flows(ADMIN, PERIOD), "MANUFACTURE", "BGR", "COD"))).extracting(r -> r.get("seizureId")).contains(inCongo);
        assertThat(flows(PANEL_EXPERT, PERIOD + "&category=AMMUNITION")).extracting(l -> l.get("kind")).containsOnly("DIVERSION");
        assertThat(flows(ADMIN, PERIOD + "&country=COD")).extracting(l -> l.get("toCountry")).containsOnly("COD");
        List<Map<String, Object>> committee = flows(COMMITTEE_MEMBER, PERIOD);
        assertThat(committee).as("committees see every country's figures, not the records").anyMatch(l -> "COD".equals(l.get("toCountry")))
                .allSatisfy(l -> assertThat(l.get("records")).isNull());
    }

    @Test
    void shouldRefuseFiltersThatMeanNothingNamingThem() {
        as(PANEL_EXPERT).get("/api/seizures/flows?category=SPEARS").then().statusCode(400).contentType(PROBLEM_JSON).body("errors.field", hasItem("category"));
        as(PANEL_EXPERT).get("/api/seizures/flows?country=XX").then().statusCode(400).body("errors.field", hasItem("country"));
        as(PANEL_EXPERT).get("/api/seizures/flows?from=2025-07-01&to=2025-06-01").then().statusCode(400).body("errors.field", hasItem("to"));
        as(PANEL_EXPERT).body(Map.of("outcome", "NO_RESPONSE", "diversionCountry", "XXX"))
                .post("/api/seizures/" + seizedOn(MISSION_OFFICER, "CAF", "2025-05-01T00:00:00Z") + "/tracing-requests/" + java.util.UUID.randomUUID()
                        + "/response").then().statusCode(400).body("errors.field", hasItem("diversionCountry"));
    }

    private static String seizedOn(DemoUser recorder, String country, String when) {
        Map<String, Object> seizure = seizureWithItems(newReference(), country);
        seizure.put("occurredAt", when);
        return record(recorder, seizure);
    }

    private static List<Map<String, Object>> flows(DemoUser caller, String query) {
        return as(caller).get("/api/seizures/flows?" + query).then().statusCode(200).extract().jsonPath().getList("$");
    }

    private static Map<String, Object> line(List<Map<String, Object>> lines, String kind, String from, String to) {
        return lines.stream().filter(l -> kind.equals(l.get("kind")) && from.equals(l.get("fromCountry")) && to.equals(l.get("toCountry")))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " line " + from + " -> " + to + " in " + lines));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> records(Map<String, Object> line) {
        return (List<Map<String, Object>>) line.get("records");
    }
}
