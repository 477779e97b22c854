package org.embargomonitor.seizures.tracing;

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
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class TracingResourceTest {

    @Test
    void shouldMarkTheItemTracedWhenTheStateEstablishesItsOrigin() {
        Traced t = openRequest(MISSION_OFFICER, "CAF");

        as(PANEL_EXPERT).body(Map.of("sentOn", "2026-05-02")).post(t.base() + "/reminders").then().statusCode(200)
                .body("reminders", contains("2026-05-02"));
        as(PANEL_EXPERT).body(Map.of("outcome", "ORIGIN_ESTABLISHED", "receivedOn", "2026-06-10",
                "summary", "Exported in 1998 to the armed forces of a neighbouring State", "lastLegalOwner", "Ministry of Defence",
                "exportLicence", "EL-1998-0042")).post(t.base() + "/response")
                .then().statusCode(200).body("open", equalTo(false)).body("outcome", equalTo("ORIGIN_ESTABLISHED"));

        as(PANEL_EXPERT).get("/api/seizures/" + t.seizure()).then().body("items[0].status", equalTo("TRACED"))
                .body("items[0].history.step", equalTo(List.of("RECORDED", "TRACING_REQUESTED", "TRACING_ANSWERED", "TRACED")))
                .body("items[0].history.on[1..3]", equalTo(List.of("2026-04-01", "2026-06-10", "2026-06-10")))
                .body("items[0].history[1].due", equalTo("2026-04-29"));
        as(MISSION_OFFICER).get("/api/seizures/" + t.seizure() + "/tracing-requests").then().statusCode(200)
                .body("[0].lastLegalOwner", equalTo("Ministry of Defence"));
        as(PANEL_EXPERT).get("/api/seizures/" + t.seizure() + "/custody").then()
                .body("action", hasItems("TRACING_REQUESTED", "TRACING_REMINDER_SENT", "TRACING_CONCLUDED"));
        as(PANEL_EXPERT).get("/api/seizures/" + t.seizure() + "/custody/verification").then().body("intact", equalTo(true));
    }

    @Test
    void shouldLeaveTheItemUntracedWhenTheAnswerIsInconclusive() {
        Traced t = openRequest(MISSION_OFFICER, "CAF");

        as(ADMIN).body(Map.of("outcome", "INCONCLUSIVE", "receivedOn", "2026-06-01")).post(t.base() + "/response")
                .then().statusCode(200);

        as(PANEL_EXPERT).get("/api/seizures/" + t.seizure()).then().body("items[0].status", equalTo("TRACING_REQUESTED"))
                .body("items[0].history.step[-1]", equalTo("TRACING_ANSWERED")).body("items[0].history.on[-1]", equalTo("2026-06-01"));
    }

    @Test
    void shouldRefuseToConcludeARequestTwice() {
        Traced t = openRequest(MISSION_OFFICER, "CAF");
        as(PANEL_EXPERT).body(Map.of("outcome", "NO_RESPONSE")).post(t.base() + "/response").then().statusCode(200);

        as(PANEL_EXPERT).body(Map.of("outcome", "ORIGIN_ESTABLISHED", "receivedOn", "2026-07-01")).post(t.base() + "/response")
                .then().statusCode(409).contentType(PROBLEM_JSON);
        as(PANEL_EXPERT).body(Map.of("sentOn", "2026-07-01")).post(t.base() + "/reminders").then().statusCode(409);
    }

    @Test
    void shouldRequireTheDateOfAnAnswer() {
        Traced t = openRequest(MISSION_OFFICER, "CAF");

        as(PANEL_EXPERT).body(Map.of("outcome", "ORIGIN_ESTABLISHED")).post(t.base() + "/response")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("errors.field", hasItem("receivedOn"));
    }

    @Test
    void shouldRefuseARequestToAnUnknownStateOrDatedInTheFuture() {
        String seizure = record(MISSION_OFFICER, seizureWithItems(newReference(), "CAF"));
        String item = as(PANEL_EXPERT).get("/api/seizures/" + seizure).then().extract().path("items[0].id");
        String url = "/api/seizures/" + seizure + "/items/" + item + "/tracing-requests";

        as(PANEL_EXPERT).body(Map.of("stateCode", "XXX", "sentOn", "2026-04-01")).post(url)
                .then().statusCode(400).body("errors.field", hasItem("stateCode"));
        as(PANEL_EXPERT).body(Map.of("stateCode", "BGR", "sentOn", LocalDate.now().plusDays(3).toString())).post(url)
                .then().statusCode(400).body("errors.field", hasItem("sentOn"));
        as(PANEL_EXPERT).get("/api/seizures/" + seizure + "/tracing-requests").then().body("size()", equalTo(0));
    }

    @Test
    void shouldLetOnlyPanelsCoveringTheCountryManageTracing() {
        String inCongo = record(MONUSCO_OFFICER, seizureWithItems(newReference(), "COD"));
        String congoItem = as(ADMIN).get("/api/seizures/" + inCongo).then().extract().path("items[0].id");
        String seizure = record(MISSION_OFFICER, seizureWithItems(newReference(), "CAF"));
        String item = as(PANEL_EXPERT).get("/api/seizures/" + seizure).then().extract().path("items[0].id");
        Map<String, String> request = Map.of("stateCode", "BGR", "sentOn", "2026-04-01");

        as(MISSION_OFFICER).body(request).post("/api/seizures/" + seizure + "/items/" + item + "/tracing-requests")
                .then().statusCode(403);
        as(COMMITTEE_MEMBER).body(request).post("/api/seizures/" + seizure + "/items/" + item + "/tracing-requests")
                .then().statusCode(403);
        as(PANEL_EXPERT).body(request).post("/api/seizures/" + inCongo + "/items/" + congoItem + "/tracing-requests")
                .then().statusCode(404);
        as(COMMITTEE_MEMBER).get("/api/seizures/" + seizure + "/tracing-requests").then().statusCode(403);
    }

    private record Traced(String seizure, String base) {
    }

    private static Traced openRequest(org.embargomonitor.testing.DemoUser recorder, String country) {
        String seizure = record(recorder, seizureWithItems(newReference(), country));
        String item = as(PANEL_EXPERT).get("/api/seizures/" + seizure).then().extract().path("items[0].id");
        String id = as(PANEL_EXPERT).body(Map.of("stateCode", "BGR", "sentOn", "2026-04-01", "note", "Serial and factory code"))
                .post("/api/seizures/" + seizure + "/items/" + item + "/tracing-requests")
                .then().statusCode(201).body("open", equalTo(true)).body("requestedBy", equalTo("panel.expert"))
                .extract().path("id");
        as(PANEL_EXPERT).get("/api/seizures/" + seizure).then().body("items[0].status", equalTo("TRACING_REQUESTED"));
        return new Traced(seizure, "/api/seizures/" + seizure + "/tracing-requests/" + id);
    }
}
