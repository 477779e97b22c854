package org.embargomonitor.seizures.seizure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.embargomonitor.seizures.Fixtures.PROBLEM_JSON;
import static org.embargomonitor.seizures.Fixtures.as;
import static org.embargomonitor.seizures.Fixtures.newReference;
import static org.embargomonitor.seizures.Fixtures.record;
import static org.embargomonitor.seizures.Fixtures.rifle;
import static org.embargomonitor.seizures.Fixtures.seizureWithItems;
import static org.embargomonitor.testing.DemoUser.ADMIN;
import static org.embargomonitor.testing.DemoUser.COMMITTEE_MEMBER;
import static org.embargomonitor.testing.DemoUser.MISSION_OFFICER;
import static org.embargomonitor.testing.DemoUser.PANEL_EXPERT;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SeizureItemsTest {

    @Test
    void shouldRecordItemsWithTheirMarksAsReadAndNormalisedAndTheHeadstampRead() {
        String id = record(MISSION_OFFICER, seizureWithItems(newReference(), "CAF"));

        as(PANEL_EXPERT).get("/api/seizures/" + id).then().statusCode(200)
                .body("items", hasSize(2))
                .body("items[0].position", equalTo(1))
                .body("items[0].serialNumber", equalTo("KT 1O4523"))
                .body("items[0].serialNumberNormalised", equalTo("KT104523"))
                .body("items[0].status", equalTo("RECORDED"))
                .body("items[1].lotNumberNormalised", equalTo("10T015"))
                .body("items[1].headstampFactory", equalTo("Arsenal AD"))
                .body("items[1].headstampYear", equalTo(1971))
                .body("items[0].headstampYear", equalTo(null))
                .body("items[1].quantity", equalTo(1200))
                .body("possessor.kind", equalTo("ARMED_GROUP"))
                .body("peopleInvolved.boys", equalTo(1));
    }

    @Test
    void shouldRecordADeliveryToGovernmentForcesAndWhetherTheCommitteeWasNotified() {
        Map<String, Object> body = seizureWithItems(newReference(), "CAF");
        body.put("possessor", Map.of("kind", "GOVERNMENT_FORCES", "description", "FACA battalion, Bouar",
                "committeeNotification", "NOT_NOTIFIED"));

        String id = record(MISSION_OFFICER, body);

        as(PANEL_EXPERT).get("/api/seizures/" + id).then().statusCode(200)
                .body("possessor.kind", equalTo("GOVERNMENT_FORCES"))
                .body("possessor.committeeNotification", equalTo("NOT_NOTIFIED"));
    }

    @Test
    void shouldRecordWhoseForcesHeldTheItemsForWhomAndAnApprovalOfTheCommittee() {
        Map<String, Object> regional = seizureWithItems(newReference(), "SOM");
        regional.put("possessor", Map.of("kind", "REGIONAL_FORCES", "description", "Puntland Security Force",
                "committeeNotification", "APPROVED"));
        Map<String, Object> mission = seizureWithItems(newReference(), "CAF");
        mission.put("possessor", Map.of("kind", "PEACE_OPERATION", "description", "MINUSCA", "committeeNotification", "NOT_APPROVED"));
        Map<String, Object> loyal = seizureWithItems(newReference(), "CAF");
        loyal.put("possessor", Map.of("kind", "ARMED_GROUP", "description", "Ex-Seleka fighters", "actingFor", "CFi.002"));

        String regionalId = record(MISSION_OFFICER, regional);
        String missionId = record(MISSION_OFFICER, mission);
        String loyalId = record(MISSION_OFFICER, loyal);

        as(ADMIN).get("/api/seizures/" + regionalId).then().statusCode(200)
                .body("possessor.kind", equalTo("REGIONAL_FORCES"))
                .body("possessor.committeeNotification", equalTo("APPROVED"));
        as(PANEL_EXPERT).get("/api/seizures/" + missionId).then().statusCode(200)
                .body("possessor.kind", equalTo("PEACE_OPERATION"))
                .body("possessor.committeeNotification", equalTo("NOT_APPROVED"));
        as(ADMIN).get("/api/seizures/" + loyalId).then().statusCode(200).body("possessor.actingFor", equalTo("CFi.002"));
    }

    @Test
    void shouldRecordWhereItemsSeizedInTransitWereBoundAndRefuseADestinationWithoutEvidence() {
        Map<String, Object> dhow = seizureWithItems(newReference(), "CAF");
        dhow.put("destination", Map.of("countryCode", "SDN", "recipient", "RSF commanders", "recipientKind", "ARMED_GROUP",
                "basis", "waybill found in the cab"));
        String id = record(MISSION_OFFICER, dhow);
        as(PANEL_EXPERT).get("/api/seizures/" + id).then().statusCode(200)
                .body("destination.countryCode", equalTo("SDN")).body("destination.recipient", equalTo("RSF commanders"))
                .body("destination.recipientKind", equalTo("ARMED_GROUP")).body("destination.basis", equalTo("waybill found in the cab"));

        Map<String, Object> noEvidence = seizureWithItems(newReference(), "CAF");
        noEvidence.put("destination", Map.of("countryCode", "SDN"));
        as(MISSION_OFFICER).body(noEvidence).post("/api/seizures").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", hasItem("destination.basis"));
        Map<String, Object> nowhere = seizureWithItems(newReference(), "CAF");
        nowhere.put("destination", Map.of("basis", "a rumour"));
        as(MISSION_OFFICER).body(nowhere).post("/api/seizures").then().statusCode(400).contentType(PROBLEM_JSON);
        Map<String, Object> unknownKind = seizureWithItems(newReference(), "CAF");
        unknownKind.put("destination", Map.of("countryCode", "SDN", "recipientKind", "SMUGGLERS", "basis", "waybill"));
        as(MISSION_OFFICER).body(unknownKind).post("/api/seizures").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", hasItem("destination.recipientKind"));
    }

    @Test
    void shouldAddItemsAfterTheFirstOnes() {
        String id = record(MISSION_OFFICER, seizureWithItems(newReference(), "CAF"));

        as(MISSION_OFFICER).body(List.of(rifle("AB-77"))).post("/api/seizures/" + id + "/items").then().statusCode(200)
                .body("items", hasSize(3)).body("items[2].position", equalTo(3));
    }

    @Test
    void shouldMoveAnItemThroughItsLifeAndKeepDestroyedFinal() {
        String id = record(MISSION_OFFICER, seizureWithItems(newReference(), "CAF"));
        String item = as(MISSION_OFFICER).get("/api/seizures/" + id).then().extract().path("items[0].id");
        String status = "/api/seizures/" + id + "/items/" + item + "/status";

        as(MISSION_OFFICER).body(Map.of("status", "STORED", "reason", "Armoury, Bria base")).post(status)
                .then().statusCode(200).body("items[0].status", equalTo("STORED"));
        as(ADMIN).body(Map.of("status", "DESTROYED", "reason", "Cut at the destruction event")).post(status)
                .then().statusCode(200).body("items[0].status", equalTo("DESTROYED"))
                .body("items[0].statusChangedBy", equalTo("platform.admin"));
        as(MISSION_OFFICER).body(Map.of("status", "MARKED", "reason", "by mistake")).post(status)
                .then().statusCode(400).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("status"));
    }

    @Test
    void shouldKeepEachStepOfAnItemsLifeWithTheDayItHappened() {
        String id = record(MISSION_OFFICER, seizureWithItems(newReference(), "CAF"));
        String item = as(MISSION_OFFICER).get("/api/seizures/" + id).then().extract().path("items[0].id");
        String status = "/api/seizures/" + id + "/items/" + item + "/status";
        String today = LocalDate.now(ZoneOffset.UTC).toString();

        as(MISSION_OFFICER).body(Map.of("status", "MARKED", "reason", "Marked by the national commission", "on", "2026-04-02"))
                .post(status).then().statusCode(200);
        as(MISSION_OFFICER).body(Map.of("status", "DESTROYED", "reason", "Cut at the destruction event")).post(status)
                .then().statusCode(200)
                .body("items[0].history.step", equalTo(List.of("RECORDED", "MARKED", "DESTROYED")))
                .body("items[0].history.on", equalTo(List.of(today, "2026-04-02", today)))
                .body("items[0].history[1].by", equalTo("mission.officer"));
    }

    @Test
    void shouldRefuseAStepDatedInTheFutureOrBeforeTheSeizureWithoutChangingTheItem() {
        String id = record(MISSION_OFFICER, seizureWithItems(newReference(), "CAF"));
        String item = as(MISSION_OFFICER).get("/api/seizures/" + id).then().extract().path("items[0].id");
        String status = "/api/seizures/" + id + "/items/" + item + "/status";

        as(MISSION_OFFICER).body(Map.of("status", "MARKED", "reason", "Marked", "on", LocalDate.now(ZoneOffset.UTC).plusDays(2).toString()))
                .post(status).then().statusCode(400).contentType(PROBLEM_JSON).body("errors.field", hasItem("on"));
        as(MISSION_OFFICER).body(Map.of("status", "MARKED", "reason", "Marked", "on", "2026-03-01")).post(status)
                .then().statusCode(400).contentType(PROBLEM_JSON).body("errors.field", hasItem("on"));
        as(MISSION_OFFICER).body(Map.of("status", "MARKED", "reason", "Marked", "on", "1 April")).post(status)
                .then().statusCode(400).contentType(PROBLEM_JSON);
        as(MISSION_OFFICER).get("/api/seizures/" + id).then().body("items[0].status", equalTo("RECORDED"))
                .body("items[0].history.step", equalTo(List.of("RECORDED")));
    }

    @Test
    void shouldRefuseStatusChangesToRolesThatDoNotHoldTheItems() {
        String id = record(MISSION_OFFICER, seizureWithItems(newReference(), "CAF"));
        String item = as(MISSION_OFFICER).get("/api/seizures/" + id).then().extract().path("items[0].id");
        Map<String, String> change = Map.of("status", "STORED", "reason", "armoury");

        as(PANEL_EXPERT).body(change).post("/api/seizures/" + id + "/items/" + item + "/status").then().statusCode(403);
        as(COMMITTEE_MEMBER).body(change).post("/api/seizures/" + id + "/items/" + item + "/status").then().statusCode(403);
        as(PANEL_EXPERT).get("/api/seizures/" + id).then().body("items[0].status", equalTo("RECORDED"));
    }

    @Test
    void shouldRefuseAnUnknownCategoryNamingTheItemField() {
        Map<String, Object> body = seizureWithItems(newReference(), "CAF");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) body.get("items");
        items.get(1).put("category", "SLINGSHOT");

        as(MISSION_OFFICER).body(body).post("/api/seizures").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", hasItem("items[1].category"));
    }

    @Test
    void shouldRefuseItemsWithoutQuantityOrMadeInTheFuture() {
        Map<String, Object> body = seizureWithItems(newReference(), "CAF");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) body.get("items");
        items.get(0).remove("quantity");
        items.get(1).put("yearOfManufacture", Year.now().getValue() + 1);
        int before = as(ADMIN).get("/api/seizures?size=500").then().extract().path("size()");

        as(MISSION_OFFICER).body(body).post("/api/seizures").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", hasItem("items[0].quantity"))
                .body("errors.field", hasItem("items[1].yearOfManufacture"));
        int after = as(ADMIN).get("/api/seizures?size=500").then().extract().path("size()");
        assertThat(after).isEqualTo(before);
    }
}
