package org.embargomonitor.embargo.compliance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.embargomonitor.testing.DemoUser.ADMIN;
import static org.embargomonitor.testing.DemoUser.PANEL_EXPERT;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.embargomonitor.testing.EventContract;
import org.embargomonitor.testing.OutboxRows;
import org.embargomonitor.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The events this service produces and the ones it reads are held to their schemas in docs/events: every kind of
 * finding event, read from the outbox as it is sent, is valid and declares nothing more; the compliance checks read
 * seizure events only through fields the seizure event's schema declares, with types that hold them.
 */
@QuarkusTest
class EventContractsTest {

    private static final EventContract FINDING_EVENT = EventContract.of("finding-event");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "mp.messaging.incoming.seizure-events.topic")
    String seizureTopic;

    @ConfigProperty(name = "embargo.compliance.finding-topic")
    String findingTopic;

    @Inject
    AgroalDataSource database;

    @Test
    void shouldProduceEveryKindOfFindingEventAsItsSchemaDeclaresIt() throws Exception {
        SeizureEvents events = new SeizureEvents(bootstrapServers, seizureTopic);
        Map<String, Object> reviewed = SeizureEvents.seizure("CAF", "2021-05-05", "ARMED_GROUP", "Unidentified armed men");
        Map<String, Object> withdrawn = SeizureEvents.seizure("CAF", "2021-05-06", "ARMED_GROUP", null);
        events.send(reviewed);
        events.send(withdrawn);
        String finding = openFindingOf(reviewed);
        openFindingOf(withdrawn);
        given().auth().oauth2(Tokens.accessToken(PANEL_EXPERT)).contentType("application/json")
                .body(Map.of("decision", "CONFIRM", "reason", "Inspected in Bria; serial traced to a 2019 transfer."))
                .post("/api/embargo/findings/" + finding + "/decision").then().statusCode(200);
        withdrawn.put("countryCode", "KEN");
        withdrawn.put("version", 1);
        events.send(withdrawn);

        await().atMost(Duration.ofSeconds(30)).until(() -> outboxOf(withdrawn).stream().anyMatch(e -> e.contains("FINDING_WITHDRAWN")));
        List<String> produced = new ArrayList<>(outboxOf(reviewed));
        produced.addAll(outboxOf(withdrawn));

        assertThat(String.join("\n", produced)).contains("FINDING_RAISED", "FINDING_REVIEWED", "FINDING_WITHDRAWN");
        assertThat(produced.stream().flatMap(event -> FINDING_EVENT.problems(event).stream())).isEmpty();
    }

    @Test
    void shouldReadSeizureEventsOnlyThroughTheFieldsTheirSchemaDeclares() {
        assertThat(EventContract.of("seizure-event").unreadableBy(SeizureFacts.class, "seizure", Set.of("occurredOn"))).isEmpty();
    }

    private String openFindingOf(Map<String, Object> seizure) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(Tokens.accessToken(ADMIN))
                .queryParam("seizureId", seizure.get("id")).get("/api/embargo/findings").then().statusCode(200).extract().jsonPath()
                .<String> getList("id"), ids -> !ids.isEmpty()).get(0);
    }

    private List<String> outboxOf(Map<String, Object> seizure) throws Exception {
        return OutboxRows.payloads(database, findingTopic, seizure.get("id").toString());
    }
}
