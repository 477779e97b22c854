package org.embargomonitor.embargo.compliance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.embargomonitor.testing.EventContract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Builds seizure events as the seizure service publishes them and sends them to the real Kafka; an event its schema
 * (docs/events) refuses is never sent, so that the checks are tested on events the seizure service can produce.
 */
public final class SeizureEvents {

    private static final EventContract CONTRACT = EventContract.of("seizure-event");

    private final String bootstrapServers;
    private final String topic;
    private static final ObjectMapper JSON = new ObjectMapper();

    public SeizureEvents(String bootstrapServers, String topic) {
        this.bootstrapServers = bootstrapServers;
        this.topic = topic;
    }

    /** A seizure of one item; change the maps before sending to vary it. */
    public static Map<String, Object> seizure(String country, String date, String possessorKind, String possessorDescription) {
        Map<String, Object> item = new HashMap<>(Map.of("id", UUID.randomUUID().toString(), "position", 1, "category", "ASSAULT_RIFLE",
                "make", "Kalashnikov", "model", "AKM", "quantity", 1, "markingState", "INTACT", "status", "RECORDED"));
        Map<String, Object> possessor = new HashMap<>();
        possessor.put("kind", possessorKind);
        possessor.put("description", possessorDescription);
        Map<String, Object> seizure = new HashMap<>(Map.of("id", UUID.randomUUID().toString(),
                "reference", "EMB-TEST-" + UUID.randomUUID().toString().substring(0, 8), "operation", "MINUSCA",
                "occurredAt", date + "T09:30:00+01:00", "countryCode", country, "circumstance", "SEIZED", "version", 0));
        seizure.put("possessor", possessor);
        seizure.put("items", new ArrayList<>(List.of(item)));
        return seizure;
    }

    @SuppressWarnings("unchecked")
    static String itemIdOf(Map<String, Object> seizure) {
        return ((List<Map<String, Object>>) seizure.get("items")).get(0).get("id").toString();
    }

    /** Sends the events in order, each keyed by the given key (the same key keeps them in one partition, in order). */
    public void send(String key, List<Map<String, Object>> seizures) throws Exception {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            for (Map<String, Object> seizure : seizures) {
                String payload = event(seizure);
                List<String> problems = CONTRACT.problems(payload);
                if (!problems.isEmpty()) {
                    throw new IllegalArgumentException("A test would send a seizure event its schema refuses: " + problems);
                }
                producer.send(new ProducerRecord<>(topic, key, payload)).get();
            }
        }
    }

    /** The event the seizure service publishes when the seizure is recorded, as it is, whether its schema takes it or not. */
    static String event(Map<String, Object> seizure) throws JsonProcessingException {
        return JSON.writeValueAsString(Map.of("schemaVersion", 1, "eventId", UUID.randomUUID().toString(), "type", "SEIZURE_RECORDED",
                "occurredAt", "2026-03-14T08:31:02Z", "actor", "mission.officer", "seizure", seizure));
    }

    /** Sends a payload as it is, readable or not. */
    public void sendRaw(String key, String payload) throws Exception {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, payload)).get();
        }
    }

    public void send(Map<String, Object> seizure) throws Exception {
        send(seizure.get("id").toString(), List.of(seizure));
    }
}
