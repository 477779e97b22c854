package org.embargomonitor.seizures.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.embargomonitor.seizures.Fixtures.as;
import static org.embargomonitor.seizures.Fixtures.newReference;
import static org.embargomonitor.seizures.Fixtures.record;
import static org.embargomonitor.seizures.Fixtures.rifle;
import static org.embargomonitor.seizures.Fixtures.seizureWithItems;
import static org.embargomonitor.testing.DemoUser.MISSION_OFFICER;
import static org.embargomonitor.testing.DemoUser.PANEL_EXPERT;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.embargomonitor.testing.EventContract;
import org.embargomonitor.testing.OutboxRows;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every kind of event this service produces, read from its outbox as it is sent, is valid against its schema in
 * docs/events and carries no field the schema does not declare (the contract consumers are held to as well).
 */
@QuarkusTest
class EventsFollowTheirSchemasTest {

    private static final EventContract SEIZURE_EVENT = EventContract.of("seizure-event");
    private static final EventContract EVIDENCE_EVENT = EventContract.of("evidence-event");

    @ConfigProperty(name = "seizures.events.seizure-topic")
    String seizureTopic;

    @ConfigProperty(name = "seizures.events.evidence-topic")
    String evidenceTopic;

    @Inject
    AgroalDataSource database;

    @Test
    void shouldProduceEveryKindOfEventAsItsSchemaDeclaresIt() throws Exception {
        Map<String, Object> seizure = seizureWithItems(newReference(), "CAF");
        seizure.put("locationType", "BORDER");
        seizure.put("possessor", Map.of("kind", "GOVERNMENT_FORCES", "description", "Border brigade", "committeeNotification", "NOT_NOTIFIED",
                "actingFor", "Ministry of Defence"));
        seizure.put("destination", Map.of("countryCode", "SDN", "recipient", "3R", "recipientKind", "ARMED_GROUP", "basis", "Bill of lading"));
        String id = record(MISSION_OFFICER, seizure);
        as(MISSION_OFFICER).body(List.of(rifle("ZX-1"))).post("/api/seizures/" + id + "/items").then().statusCode(200);
        String item = as(MISSION_OFFICER).get("/api/seizures/" + id).then().extract().path("items[0].id");
        as(MISSION_OFFICER).body(Map.of("status", "MARKED", "reason", "marked by the mission")).post("/api/seizures/" + id + "/items/" + item + "/status")
                .then().statusCode(200);
        String tracing = as(PANEL_EXPERT).body(Map.of("stateCode", "BGR", "sentOn", "2026-04-01"))
                .post("/api/seizures/" + id + "/items/" + item + "/tracing-requests").then().statusCode(201).extract().path("id");
        String request = "/api/seizures/" + id + "/tracing-requests/" + tracing;
        as(PANEL_EXPERT).body(Map.of("sentOn", "2026-05-02")).post(request + "/reminders").then().statusCode(200);
        as(PANEL_EXPERT).body(Map.of("outcome", "ORIGIN_ESTABLISHED", "receivedOn", "2026-06-10")).post(request + "/response")
                .then().statusCode(200);
        as(MISSION_OFFICER).contentType("application/octet-stream").body("Seizure report, Bria".getBytes())
                .post("/api/seizures/" + id + "/evidence?itemId=" + item + "&description=report").then().statusCode(201);

        List<String> seizureEvents = OutboxRows.payloads(database, seizureTopic, id);
        List<String> evidenceEvents = OutboxRows.payloads(database, evidenceTopic, id);

        assertThat(seizureEvents).hasSize(6);
        assertThat(String.join("\n", seizureEvents)).contains("SEIZURE_RECORDED", "ITEMS_ADDED", "ITEM_STATUS_CHANGED", "TRACING_REQUESTED",
                "TRACING_REMINDER_SENT", "TRACING_CONCLUDED");
        assertThat(evidenceEvents).hasSize(1);
        assertThat(seizureEvents.stream().flatMap(event -> SEIZURE_EVENT.problems(event).stream())).isEmpty();
        assertThat(EVIDENCE_EVENT.problems(evidenceEvents.get(0))).isEmpty();
    }
}
