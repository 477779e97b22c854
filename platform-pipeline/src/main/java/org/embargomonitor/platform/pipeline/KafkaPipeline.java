package org.embargomonitor.platform.pipeline;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.Config;
import org.embargomonitor.platform.problem.ProblemException;
import org.embargomonitor.platform.work.Workers;
import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;

/**
 * The consumers' side of Kafka, for admins: lag per consumer, the dead letters with their reasons, and their
 * replay to the topic they came from (each dead letter once: a consumer group of its own remembers how far replay
 * has gone). Kafka's clients block, so every call runs on a worker thread.
 */
@ApplicationScoped
public class KafkaPipeline {

    /** Header the connector's dead-letter strategy writes, and the ones it writes beside it. */
    static final String REASON = "dead-letter-reason";
    static final String CAUSE = "dead-letter-cause";
    static final String ORIGINAL_TOPIC = "dead-letter-topic";
    static final String ORIGINAL_PARTITION = "dead-letter-partition";
    static final String ORIGINAL_OFFSET = "dead-letter-offset";
    /** Header of a replayed message: the dead letter it came from. */
    public static final String REPLAYED_FROM = "replayed-from";
    private static final Logger LOG = Logger.getLogger(KafkaPipeline.class);

    private final PipelineConfig pipeline;
    private final Config config;
    private final ConsumerGuard guard;
    private final String service;
    private volatile Admin admin;
    private volatile KafkaProducer<String, String> deadLetterWriter;

    KafkaPipeline(PipelineConfig pipeline, Config config, ConsumerGuard guard) {
        this.pipeline = pipeline;
        this.config = config;
        this.guard = guard;
        this.service = config.getOptionalValue("quarkus.application.name", String.class).orElse("service");
    }

    /** Where a consumer reads from and where its dead letters go. */
    record Consumer(String channel, String topic, String groupId, String deadLetterTopic) {

        String replayGroup() {
            return groupId + "-replay";
        }
    }

    public Uni<PipelineStatus> status() {
        return Workers.run(() -> {
            Map<String, ConsumerGuard.ChannelSnapshot> seen = guard.snapshots();
            List<PipelineStatus.Channel> channels = new ArrayList<>();
            for (String channel : pipeline.channels()) {
                Consumer consumer = consumer(channel);
                ConsumerGuard.ChannelSnapshot done = seen.getOrDefault(channel,
                        new ConsumerGuard.ChannelSnapshot(channel, 0, 0, null, null, null));
                Long lag = quietly(() -> lag(consumer.groupId(), consumer.topic()));
                Long deadLetters = quietly(() -> lag(null, consumer.deadLetterTopic()));
                Long replayable = quietly(() -> lag(consumer.replayGroup(), consumer.deadLetterTopic()));
                channels.add(new PipelineStatus.Channel(channel, consumer.topic(), consumer.groupId(), consumer.deadLetterTopic(),
                        lag, deadLetters, replayable, done.processed(), done.deadLettered(), done.waitingFor(), done.waitingSince(),
                        done.lastFailure()));
            }
            return new PipelineStatus(service, List.copyOf(channels));
        });
    }

    /** The newest dead letters of a consumer, newest first. */
    public Uni<List<DeadLetter>> deadLetters(String channel) {
        Consumer consumer = known(channel);
        return Workers.run(() -> {
            Map<TopicPartition, Long> replayedUpTo = committed(consumer.replayGroup(), consumer.deadLetterTopic());
            List<DeadLetter> letters = new ArrayList<>();
            try (KafkaConsumer<String, String> reader = reader(null)) {
                List<TopicPartition> partitions = partitionsOf(consumer.deadLetterTopic());
                if (partitions.isEmpty()) {
                    return List.of();
                }
                reader.assign(partitions);
                Map<TopicPartition, Long> ends = reader.endOffsets(partitions, pipeline.kafkaTimeout());
                for (TopicPartition partition : partitions) {
                    long from = Math.max(reader.beginningOffsets(List.of(partition)).get(partition), ends.get(partition) - pipeline.deadLettersListed());
                    reader.seek(partition, from);
                }
                readUntil(reader, ends, record -> letters.add(deadLetter(channel, record,
                        record.offset() < replayedUpTo.getOrDefault(new TopicPartition(record.topic(), record.partition()), 0L))));
            }
            letters.sort(Comparator.comparing(DeadLetter::deadLetteredAt).reversed());
            return List.copyOf(letters.subList(0, Math.min(letters.size(), pipeline.deadLettersListed())));
        });
    }

    /** Sends every dead letter not yet replayed back to the topic it came from; answers how many were sent. */
    public Uni<Integer> replay(String channel) {
        Consumer consumer = known(channel);
        return Workers.run(() -> {
            int replayed = 0;
            try (KafkaConsumer<String, String> reader = reader(consumer.replayGroup());
                    KafkaProducer<String, String> writer = writer()) {
                List<TopicPartition> partitions = partitionsOf(consumer.deadLetterTopic());
                if (partitions.isEmpty()) {
                    return 0;
                }
                reader.assign(partitions);
                Map<TopicPartition, OffsetAndMetadata> committed = reader.committed(Set.copyOf(partitions), pipeline.kafkaTimeout());
                Map<TopicPartition, Long> beginnings = reader.beginningOffsets(partitions, pipeline.kafkaTimeout());
                for (TopicPartition partition : partitions) {
                    OffsetAndMetadata at = committed.get(partition);
                    reader.seek(partition, at == null ? beginnings.get(partition) : at.offset());
                }
                Map<TopicPartition, Long> ends = reader.endOffsets(partitions, pipeline.kafkaTimeout());
                List<ConsumerRecord<String, String>> letters = new ArrayList<>();
                readUntil(reader, ends, letters::add);
                for (ConsumerRecord<String, String> letter : letters) {
                    String topic = header(letter.headers(), ORIGINAL_TOPIC);
                    ProducerRecord<String, String> again = new ProducerRecord<>(topic != null ? topic : consumer.topic(), letter.key(),
                            letter.value());
                    again.headers().add(REPLAYED_FROM, (letter.topic() + "/" + letter.partition() + "/" + letter.offset())
                            .getBytes(StandardCharsets.UTF_8));
                    writer.send(again).get(pipeline.kafkaTimeout().toMillis(), TimeUnit.MILLISECONDS);
                    reader.commitSync(Map.of(new TopicPartition(letter.topic(), letter.partition()),
                            new OffsetAndMetadata(letter.offset() + 1)), pipeline.kafkaTimeout());
                    replayed++;
                }
            }
            LOG.infof("%s: %d dead letters replayed", channel, replayed);
            return replayed;
        });
    }

    /**
     * Sends one message of a batch to the consumer's dead-letter topic with the reason, with the headers the
     * connector's own dead-letter strategy writes, so that it is listed and replayed like the others.
     */
    public Uni<Void> deadLetter(String channel, String key, String payload, String reason) {
        Consumer consumer = consumer(channel);
        return Workers.run(() -> {
            ProducerRecord<String, String> letter = new ProducerRecord<>(consumer.deadLetterTopic(), key, payload);
            letter.headers().add(REASON, reason.getBytes(StandardCharsets.UTF_8));
            letter.headers().add(ORIGINAL_TOPIC, consumer.topic().getBytes(StandardCharsets.UTF_8));
            deadLetterWriter().send(letter).get(pipeline.kafkaTimeout().toMillis(), TimeUnit.MILLISECONDS);
            guard.deadLettered(channel, reason);
            LOG.errorf("%s: a message is sent to the dead-letter topic: %s", channel, reason);
            return null;
        });
    }

    private KafkaProducer<String, String> deadLetterWriter() {
        KafkaProducer<String, String> held = deadLetterWriter;
        if (held == null) {
            synchronized (this) {
                if (deadLetterWriter == null) {
                    deadLetterWriter = writer();
                }
                held = deadLetterWriter;
            }
        }
        return held;
    }

    private Consumer known(String channel) {
        if (channel == null || !pipeline.channels().contains(channel)) {
            throw ProblemException.invalid("channel", "must be one of " + pipeline.channels());
        }
        return consumer(channel);
    }

    private Consumer consumer(String channel) {
        String prefix = "mp.messaging.incoming." + channel + ".";
        String topic = config.getOptionalValue(prefix + "topic", String.class).orElse(channel);
        String group = config.getOptionalValue(prefix + "group.id", String.class).orElse(service);
        String deadLetters = config.getOptionalValue(prefix + "dead-letter-queue.topic", String.class).orElse("dead-letter-topic-" + channel);
        return new Consumer(channel, topic, group, deadLetters);
    }

    /** Messages on the topic past the group's committed offsets (all of them when group is null). */
    private long lag(String group, String topic) throws Exception {
        Map<TopicPartition, Long> ends = endOffsets(topic);
        Map<TopicPartition, Long> from = group == null ? startOffsets(ends.keySet()) : committed(group, topic);
        Map<TopicPartition, Long> starts = group == null ? from : startOffsets(ends.keySet());
        long lag = 0;
        for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
            long position = Math.max(from.getOrDefault(end.getKey(), 0L), starts.getOrDefault(end.getKey(), 0L));
            lag += Math.max(0, end.getValue() - position);
        }
        return lag;
    }

    private Map<TopicPartition, Long> committed(String group, String topic) throws Exception {
        Map<TopicPartition, Long> offsets = new HashMap<>();
        Map<TopicPartition, OffsetAndMetadata> all = get(admin().listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata());
        all.forEach((partition, offset) -> {
            if (partition.topic().equals(topic) && offset != null) {
                offsets.put(partition, offset.offset());
            }
        });
        return offsets;
    }

    private Map<TopicPartition, Long> endOffsets(String topic) throws Exception {
        return offsets(partitionsOf(topic), OffsetSpec.latest());
    }

    private Map<TopicPartition, Long> startOffsets(Collection<TopicPartition> partitions) throws Exception {
        return offsets(partitions, OffsetSpec.earliest());
    }

    private Map<TopicPartition, Long> offsets(Collection<TopicPartition> partitions, OffsetSpec spec) throws Exception {
        if (partitions.isEmpty()) {
            return Map.of();
        }
        Map<TopicPartition, OffsetSpec> wanted = new HashMap<>();
        partitions.forEach(partition -> wanted.put(partition, spec));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> found = get(admin().listOffsets(wanted).all());
        Map<TopicPartition, Long> offsets = new HashMap<>();
        found.forEach((partition, info) -> offsets.put(partition, info.offset()));
        return offsets;
    }

    private List<TopicPartition> partitionsOf(String topic) throws Exception {
        try {
            return get(admin().describeTopics(List.of(topic)).allTopicNames()).get(topic).partitions().stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return List.of();
            }
            throw e;
        }
    }

    private void readUntil(KafkaConsumer<String, String> reader, Map<TopicPartition, Long> ends,
            java.util.function.Consumer<ConsumerRecord<String, String>> each) {
        Instant deadline = Instant.now().plus(pipeline.kafkaTimeout());
        while (Instant.now().isBefore(deadline) && ends.entrySet().stream().anyMatch(end -> reader.position(end.getKey()) < end.getValue())) {
            for (ConsumerRecord<String, String> record : reader.poll(Duration.ofMillis(200))) {
                if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition()))) {
                    each.accept(record);
                }
            }
        }
    }

    private static DeadLetter deadLetter(String channel, ConsumerRecord<String, String> record, boolean replayed) {
        Headers headers = record.headers();
        return new DeadLetter(channel, record.partition(), record.offset(), Instant.ofEpochMilli(record.timestamp()), record.key(),
                header(headers, REASON), header(headers, CAUSE), header(headers, ORIGINAL_TOPIC),
                number(header(headers, ORIGINAL_PARTITION)) == null ? null : number(header(headers, ORIGINAL_PARTITION)).intValue(),
                number(header(headers, ORIGINAL_OFFSET)), replayed, record.value());
    }

    private static String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static Long number(String value) {
        try {
            return value == null ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private KafkaConsumer<String, String> reader(String group) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, service + "-dead-letters-" + UUID.randomUUID());
        if (group != null) {
            properties.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        }
        return new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer());
    }

    private KafkaProducer<String, String> writer() {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        return new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
    }

    private Admin admin() {
        Admin held = admin;
        if (held == null) {
            synchronized (this) {
                if (admin == null) {
                    Properties properties = new Properties();
                    properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
                    properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) pipeline.kafkaTimeout().toMillis());
                    properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) pipeline.kafkaTimeout().toMillis());
                    admin = Admin.create(properties);
                }
                held = admin;
            }
        }
        return held;
    }

    private String bootstrapServers() {
        return config.getValue("kafka.bootstrap.servers", String.class);
    }

    private <T> T get(org.apache.kafka.common.KafkaFuture<T> future) throws Exception {
        try {
            return future.get(pipeline.kafkaTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer within " + pipeline.kafkaTimeout().toSeconds() + " s", e);
        }
    }

    private static Long quietly(java.util.concurrent.Callable<Long> read) {
        try {
            return read.call();
        } catch (Exception e) {
            LOG.debugf("Kafka did not answer: %s", e.getMessage());
            return null;
        }
    }

    @PreDestroy
    void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
        }
        if (deadLetterWriter != null) {
            deadLetterWriter.close(Duration.ofSeconds(2));
        }
    }
}
