package org.embargomonitor.seizures.tracing;

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
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.embargomonitor.testing.DemoUser;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Tracing requests against their due dates, and how States answer, from requests sent and answered through the API. */
@QuarkusTest
class TracingClockTest {

    @Test
    @SuppressWarnings("unchecked")
    void shouldListWhatIsOverdueWithItsNextReminderAndLeaveOutWhatWasAnsweredOrIsOutsideTheCallersScope() {
        Opened overdue = open("CAF", 0, "SRB", "2025-03-03");
        Opened answered = open("CAF", 1, "SRB", "2025-03-03");
        conclude(answered, Map.of("outcome", "INCONCLUSIVE", "receivedOn", "2025-03-20"));
        Opened congo = open("COD", 0, "SRB", "2025-03-03");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        JsonPath list = as(PANEL_EXPERT).queryParam("state", "SRB").get("/api/seizures/tracing/overdue").then().statusCode(200).extract().jsonPath();
        List<String> ids = list.getList("request.id");
        assertThat(ids).as("the open request past its due date, not the answered one nor one outside the panel's countries")
                .contains(overdue.id()).doesNotContain(answered.id(), congo.id());
        Map<String, Object> row = list.getMap("find { it.request.id == '" + overdue.id() + "' }");
        assertThat(row).containsEntry("countryCode", "CAF").containsKey("seizureReference");
        assertThat((Map<String, Object>) row.get("item")).containsEntry("category", "ASSAULT_RIFLE").containsEntry("serialNumber", "KT 1O4523");
        as(PANEL_EXPERT).get(overdue.list()).then().body("[0].dueOn", equalTo("2025-03-31")).body("[0].overdue", equalTo(true))
                .body("[0].daysOverdue", equalTo((int) ChronoUnit.DAYS.between(LocalDate.parse("2025-03-31"), today)))
                .body("[0].nextReminderOn", equalTo("2025-03-31"));

        as(PANEL_EXPERT).body(Map.of("sentOn", "2025-04-02")).post(overdue.url() + "/reminders").then().statusCode(200)
                .body("nextReminderOn", equalTo("2025-04-16"));
        as(MISSION_OFFICER).get("/api/seizures/tracing/overdue").then().statusCode(403).contentType(PROBLEM_JSON);
        as(COMMITTEE_MEMBER).get("/api/seizures/tracing/overdue").then().statusCode(403);
        as(PANEL_EXPERT).queryParam("state", "XX").get("/api/seizures/tracing/overdue").then().statusCode(400)
                .body("errors.field", hasItem("state"));
    }

    @Test
    void shouldGiveEachStatesResponseRateMedianDaysAndShareOfAnswersThatEstablishedOrigin() {
        conclude(open("CAF", 0, "ROU", "2025-02-03"), Map.of("outcome", "ORIGIN_ESTABLISHED", "receivedOn", "2025-02-13"));
        conclude(open("CAF", 1, "ROU", "2025-02-03"), Map.of("outcome", "INCONCLUSIVE", "receivedOn", "2025-03-05"));
        open("CAF", 0, "HRV", "2025-02-10");
        conclude(open("CAF", 1, "HRV", "2025-02-10"), Map.of("outcome", "NO_RESPONSE"));
        String period = "from=2025-02-01&to=2025-02-28";

        JsonPath byState = as(PANEL_EXPERT).get("/api/seizures/tracing/rates?by=STATE&" + period).then().statusCode(200).extract().jsonPath();
        Map<String, Object> romania = byState.getMap("find { it.key == 'ROU' }");
        assertThat(romania).isEqualTo(Map.of("key", "ROU", "requests", 2, "due", 2, "answered", 2, "answeredInTime", 1, "responseRate", 1.0f,
                "medianDaysToAnswer", 20.0f, "established", 1, "establishedShare", 0.5f, "overdue", 0));
        Map<String, Object> croatia = new HashMap<>(byState.getMap("find { it.key == 'HRV' }"));
        assertThat(croatia).containsEntry("requests", 2).containsEntry("due", 2).containsEntry("answered", 0).containsEntry("responseRate", 0.0f)
                .containsEntry("medianDaysToAnswer", null).containsEntry("establishedShare", null).containsEntry("overdue", 1);

        as(PANEL_EXPERT).get("/api/seizures/tracing/rates?by=MANUFACTURER&" + period).then().statusCode(200)
                .body("find { it.key == 'Kalashnikov pattern' }.requests", not(nullValue()));
        as(COMMITTEE_MEMBER).get("/api/seizures/tracing/rates?" + period).then().statusCode(200).body("key", hasItem("ROU"));
        as(MISSION_OFFICER).get("/api/seizures/tracing/rates").then().statusCode(403);
        as(PANEL_EXPERT).get("/api/seizures/tracing/rates?by=COLOUR").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", hasItem("by"));
        as(PANEL_EXPERT).get("/api/seizures/tracing/rates?from=2025-03-01&to=2025-02-01").then().statusCode(400)
                .body("errors.field", hasItem("to"));
    }

    /** Opens a request about the item at {@code position} of a new seizure in the country, sent to the State on that day. */
    private static Opened open(String country, int position, String state, String sentOn) {
        boolean congo = country.equals("COD");
        String seizure = record(congo ? MONUSCO_OFFICER : MISSION_OFFICER, seizureWithItems(newReference(), country));
        DemoUser panel = congo ? ADMIN : PANEL_EXPERT;
        String item = as(panel).get("/api/seizures/" + seizure).then().extract().path("items[" + position + "].id");
        String id = as(panel).body(Map.of("stateCode", state, "sentOn", sentOn)).post("/api/seizures/" + seizure + "/items/" + item + "/tracing-requests")
                .then().statusCode(201).extract().path("id");
        return new Opened(seizure, id);
    }

    private static void conclude(Opened request, Map<String, Object> answer) {
        as(PANEL_EXPERT).body(answer).post(request.url() + "/response").then().statusCode(200);
    }

    private record Opened(String seizure, String id) {

        String list() {
            return "/api/seizures/" + seizure + "/tracing-requests";
        }

        String url() {
            return list() + "/" + id;
        }
    }
}
