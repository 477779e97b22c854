package org.embargomonitor.search;

import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.embargomonitor.testing.EventContract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Publishes test events to the real Kafka, as the other services would; an event its schema (docs/events) refuses is
 * never sent, so that the consumers are tested on events the other services can produce.
 */
public final class TestKafka {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, EventContract> CONTRACTS = Map.of("seizure", EventContract.of("seizure-event"),
            "finding", EventContract.of("finding-event"), "evidence", EventContract.of("evidence-event"));

    private TestKafka() {
    }

    public static void send(String bootstrapServers, String topic, String key, String value) throws Exception {
        JsonNode event = JSON.readTree(value);
        String payload = CONTRACTS.keySet().stream().filter(event::has).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("A test would send an event of no known schema: " + value));
        List<String> problems = CONTRACTS.get(payload).problems(value);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("A test would send an event its schema refuses: " + problems);
        }
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }
}
