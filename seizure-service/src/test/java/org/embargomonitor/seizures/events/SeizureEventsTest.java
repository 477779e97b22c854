package org.embargomonitor.seizures.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.embargomonitor.seizures.Fixtures.as;
import static org.embargomonitor.seizures.Fixtures.newReference;
import static org.embargomonitor.seizures.Fixtures.record;
import static org.embargomonitor.seizures.Fixtures.rifle;
import static org.embargomonitor.seizures.Fixtures.seizureWithItems;
import static org.embargomonitor.testing.DemoUser.MISSION_OFFICER;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/** Reads the real Kafka topic: every committed change of a seizure is there, in order, keyed by the seizure. */
@QuarkusTest
class SeizureEventsTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "seizures.events.seizure-topic")
    String topic;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldPublishAnEventForEveryCommittedChangeInOrder() throws Exception {
        String id = record(MISSION_OFFICER, seizureWithItems(newReference(), "CAF"));
        as(MISSION_OFFICER).body(List.of(rifle("ZX-1"))).post("/api/seizures/" + id + "/items").then().statusCode(200);
        String item = as(MISSION_OFFICER).get("/api/seizures/" + id).then().extract().path("items[0].id");
        as(MISSION_OFFICER).body(Map.of("status", "STORED", "reason", "armoury"))
                .post("/api/seizures/" + id + "/items/" + item + "/status").then().statusCode(200);

        List<JsonNode> events = eventsOf(id, 3);

        assertThat(events).extracting(e -> e.get("type").asText())
                .containsExactly("SEIZURE_RECORDED", "ITEMS_ADDED", "ITEM_STATUS_CHANGED");
        assertThat(events).allSatisfy(e -> {
            assertThat(e.get("schemaVersion").asInt()).isEqualTo(1);
            assertThat(e.get("actor").asText()).isEqualTo("mission.officer");
        });
        assertThat(events.get(0).at("/seizure/items").size()).isEqualTo(2);
        assertThat(events.get(1).at("/seizure/items").size()).isEqualTo(3);
        assertThat(events.get(2).at("/seizure/items/0/status").asText()).isEqualTo("STORED");
        assertThat(events).extracting(e -> e.at("/seizure/version").asLong()).isSorted().doesNotHaveDuplicates();
    }

    @ConfigProperty(name = "seizures.events.evidence-topic")
    String evidenceTopic;

    @Test
    void shouldPublishAnEvidenceEventForAnUpload() throws Exception {
        String id = record(MISSION_OFFICER, seizureWithItems(newReference(), "CAF"));
        String evidence = as(MISSION_OFFICER).contentType("application/octet-stream").body("Seizure report, Bria".getBytes())
                .post("/api/seizures/" + id + "/evidence").then().statusCode(201).extract().path("id");

        try (KafkaConsumer<String, String> consumer = consumer(evidenceTopic)) {
            List<ConsumerRecord<String, String>> records = readUntil(consumer, id);
            JsonNode event = json.readTree(records.get(records.size() - 1).value());
            assertThat(event.get("type").asText()).isEqualTo("EVIDENCE_ADDED");
            assertThat(event.at("/evidence/id").asText()).isEqualTo(evidence);
            assertThat(event.at("/evidence/mediaType").asText()).isEqualTo("text/plain");
        }
    }

    @Test
    void shouldPublishNothingForARefusedRequest() throws Exception {
        Map<String, Object> body = seizureWithItems(newReference(), "CAF");
        body.put("latitude", 123.0);
        as(MISSION_OFFICER).body(body).post("/api/seizures").then().statusCode(400);
        String marker = record(MISSION_OFFICER, seizureWithItems(newReference(), "CAF"));

        try (KafkaConsumer<String, String> consumer = consumer(topic)) {
            List<ConsumerRecord<String, String>> records = readUntil(consumer, marker);
            assertThat(records).noneMatch(r -> r.value().contains("\"latitude\":123.0"));
        }
    }

    private List<JsonNode> eventsOf(String seizureId, int expected) throws Exception {
        try (KafkaConsumer<String, String> consumer = consumer(topic)) {
            List<JsonNode> events = new ArrayList<>();
            await(expected + " events of seizure " + seizureId).atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (seizureId.equals(record.key())) {
                        events.add(json.readTree(record.value()));
                    }
                }
                return events.size() >= expected;
            });
            return events;
        }
    }

    /** The records read up to the first one with this key. */
    private List<ConsumerRecord<String, String>> readUntil(KafkaConsumer<String, String> consumer, String key) {
        List<ConsumerRecord<String, String>> seen = new ArrayList<>();
        AtomicBoolean reached = new AtomicBoolean();
        await("an event keyed " + key).atMost(Duration.ofSeconds(30)).until(() -> {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                if (!reached.get()) {
                    seen.add(record);
                    reached.set(key.equals(record.key()));
                }
            }
            return reached.get();
        });
        return seen;
    }

    private KafkaConsumer<String, String> consumer(String topic) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "seizure-events-test-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(topic));
        return consumer;
    }
}
