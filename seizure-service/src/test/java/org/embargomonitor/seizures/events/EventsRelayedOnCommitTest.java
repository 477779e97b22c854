package org.embargomonitor.seizures.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.embargomonitor.seizures.Fixtures.newReference;
import static org.embargomonitor.seizures.Fixtures.record;
import static org.embargomonitor.seizures.Fixtures.seizureWithItems;
import static org.embargomonitor.testing.DemoUser.MISSION_OFFICER;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * With the relay's regular look ten minutes apart, a committed change still reaches Kafka at once: PostgreSQL tells
 * the relay of the commit, and the relay listens again after its connection is cut.
 */
@QuarkusTest
@TestProfile(EventsRelayedOnCommitTest.LookingRarely.class)
class EventsRelayedOnCommitTest {

    private static final String LISTENER = "select pid from pg_stat_activity where query = 'LISTEN \"outbox_event\"'"
            + " and datname = current_database()";

    public static class LookingRarely implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("outbox.relay-interval", "10m");
        }
    }

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "seizures.events.seizure-topic")
    String topic;

    @Inject
    AgroalDataSource database;

    @Test
    void shouldRelayACommittedChangeWithoutWaitingForTheNextLookEvenAfterTheListeningConnectionIsCut() throws Exception {
        try (KafkaConsumer<String, String> consumer = latestOf(topic)) {
            assertThat(relayedWithin(consumer, record(MISSION_OFFICER, seizureWithItems(newReference(), "CAF")), Duration.ofSeconds(30)))
                    .as("relayed when told of its commit (or at the first look, three seconds after the start)").isTrue();
            assertThat(relayedWithin(consumer, record(MISSION_OFFICER, seizureWithItems(newReference(), "CAF")), Duration.ofSeconds(30)))
                    .as("relayed when told of its commit: the next look is ten minutes away").isTrue();

            long cut = listener();
            try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("select pg_terminate_backend(" + cut + ")");
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> listener() != cut && listener() != 0);

            assertThat(relayedWithin(consumer, record(MISSION_OFFICER, seizureWithItems(newReference(), "CAF")), Duration.ofSeconds(30)))
                    .as("relayed when told of its commit on the new connection").isTrue();
        }
    }

    private long listener() throws Exception {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(LISTENER)) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }

    private static boolean relayedWithin(KafkaConsumer<String, String> consumer, String seizureId, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                if (seizureId.equals(record.key())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A consumer that reads from the end of the topic, with its partitions already assigned. */
    private KafkaConsumer<String, String> latestOf(String topic) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "relayed-on-commit-test-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(topic));
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            consumer.poll(Duration.ofMillis(100));
            return !consumer.assignment().isEmpty();
        });
        return consumer;
    }
}
