package org.embargomonitor.embargo.compliance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.embargomonitor.testing.DemoUser.ADMIN;
import static org.embargomonitor.testing.DemoUser.PANEL_EXPERT;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.embargomonitor.testing.DemoUser;
import org.embargomonitor.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.specification.RequestSpecification;

/** A message the checks cannot handle goes to the dead-letter topic with its reason; the partition and the rest of its batch go on. */
@QuarkusTest
class DeadLettersTest {

    private static final String CHANNEL = "seizure-events";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "mp.messaging.incoming.seizure-events.topic")
    String seizureTopic;

    @Inject
    SeizureEventConsumer consumer;

    @Test
    void shouldDeadLetterAnUnreadableEventWithItsReasonCheckTheNextOneAndReplayItOnce() throws Exception {
        SeizureEvents events = new SeizureEvents(bootstrapServers, seizureTopic);
        String key = UUID.randomUUID().toString();
        Map<String, Object> next = SeizureEvents.seizure("CAF", "2020-03-02", "ARMED_GROUP", null);

        events.sendRaw(key, "{\"schemaVersion\": 1, \"seizure\": [not json");
        events.send(key, List.of(next));

        await().atMost(Duration.ofSeconds(60)).until(() -> as(ADMIN).queryParam("seizureId", next.get("id"))
                .get("/api/embargo/findings").then().statusCode(200).extract().jsonPath().getList("$").size() == 1);
        Map<String, Object> letter = deadLetterOf(key, false);
        assertThat(letter.get("reason").toString()).contains("Not a readable seizure event");
        assertThat(letter).containsEntry("originalTopic", seizureTopic).containsEntry("replayed", false);

        int replayed = as(ADMIN).queryParam("channel", CHANNEL).post("/api/embargo/pipeline/dead-letters/replay")
                .then().statusCode(200).extract().jsonPath().getInt("replayed");
        assertThat(replayed).isPositive();
        deadLetterOf(key, true);
        as(ADMIN).queryParam("channel", CHANNEL).post("/api/embargo/pipeline/dead-letters/replay")
                .then().statusCode(200);
        await().atMost(Duration.ofSeconds(60)).until(() -> lettersOf(key).size() >= 2);

        as(ADMIN).get("/api/embargo/pipeline").then().statusCode(200)
                .body("channels.channel", hasItem(CHANNEL))
                .body("channels.find { it.channel == 'seizure-events' }.topic", equalTo(seizureTopic))
                .body("channels.find { it.channel == 'seizure-events' }.waitingFor", equalTo(null));
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void shouldDeadLetterOnlyTheEventWhoseCheckFailsAndCheckTheRestOfItsBatch() throws Throwable {
        Map<String, Object> first = SeizureEvents.seizure("CAF", "2020-03-02", "ARMED_GROUP", null);
        Map<String, Object> unstorable = SeizureEvents.seizure("CAF", "2020-03-02", "ARMED_GROUP", null);
        unstorable.put("countryCode", "CAFX");
        Map<String, Object> last = SeizureEvents.seizure("CAF", "2020-03-03", "ARMED_GROUP", null);
        String unstorableKey = unstorable.get("id").toString();
        TopicPartition partition = new TopicPartition(seizureTopic, 0);
        List<ConsumerRecord<String, String>> batch = new ArrayList<>();
        for (Map<String, Object> seizure : List.of(first, unstorable, last)) {
            batch.add(new ConsumerRecord<>(seizureTopic, 0, batch.size(), seizure.get("id").toString(), SeizureEvents.event(seizure)));
        }

        VertxContextSupport.subscribeAndAwait(() -> consumer.consume(new ConsumerRecords<>(Map.of(partition, batch), Map.of())));

        for (Map<String, Object> checked : List.of(first, last)) {
            as(ADMIN).queryParam("seizureId", checked.get("id")).get("/api/embargo/findings").then().statusCode(200)
                    .body("size()", equalTo(1)).body("[0].rule", equalTo("EMBARGOED_TERRITORY"));
        }
        as(ADMIN).queryParam("seizureId", unstorableKey).get("/api/embargo/findings").then().statusCode(200).body("size()", equalTo(0));
        assertThat(lettersOf(unstorableKey)).singleElement().satisfies(letter -> assertThat(letter.get("reason").toString())
                .contains("could not be checked").contains(unstorable.get("reference").toString()));
        assertThat(lettersOf(first.get("id").toString())).isEmpty();
        assertThat(lettersOf(last.get("id").toString())).isEmpty();
    }

    @Test
    void shouldRefuseThePipelineToAnyoneButAdminsAndAnUnknownChannel() {
        as(PANEL_EXPERT).get("/api/embargo/pipeline").then().statusCode(403);
        as(PANEL_EXPERT).queryParam("channel", CHANNEL).get("/api/embargo/pipeline/dead-letters").then().statusCode(403);
        as(PANEL_EXPERT).queryParam("channel", CHANNEL).post("/api/embargo/pipeline/dead-letters/replay").then().statusCode(403);
        given().get("/api/embargo/pipeline").then().statusCode(401);
        as(ADMIN).queryParam("channel", "nothing").get("/api/embargo/pipeline/dead-letters").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("channel"));
    }

    private Map<String, Object> deadLetterOf(String key, boolean replayed) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(
                () -> lettersOf(key).stream().filter(l -> Boolean.valueOf(replayed).equals(l.get("replayed"))).findFirst().orElse(null),
                letter -> letter != null);
    }

    private List<Map<String, Object>> lettersOf(String key) {
        return as(ADMIN).queryParam("channel", CHANNEL).get("/api/embargo/pipeline/dead-letters").then().statusCode(200)
                .extract().jsonPath().<Map<String, Object>> getList("findAll { it.key == '" + key + "' }");
    }

    private static RequestSpecification as(DemoUser user) {
        return given().auth().oauth2(Tokens.accessToken(user)).contentType("application/json");
    }
}
