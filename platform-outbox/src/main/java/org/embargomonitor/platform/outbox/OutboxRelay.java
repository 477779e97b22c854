package org.embargomonitor.platform.outbox;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * Publishes committed outbox events to Kafka in the order they were written, marking each published only
 * once the broker has acknowledged it; an event that fails stays in the outbox and is sent again.
 */
@ApplicationScoped
public class OutboxRelay {

    /** The outgoing channel each service configures with its Kafka connection; the topic comes with each event. */
    public static final String CHANNEL = "outbox";
    /** Key of the PostgreSQL advisory lock held by the relaying replica. */
    private static final long RELAY_LOCK = 7_466_001L;
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final MutinyEmitter<String> emitter;
    private final OutboxConfig config;

    OutboxRelay(@Channel(CHANNEL) MutinyEmitter<String> emitter, OutboxConfig config) {
        this.emitter = emitter;
        this.config = config;
    }

    /**
     * One relay at a time across all replicas (a transaction-scoped advisory lock), so that the events of a
     * key reach Kafka in the order they were written.
     */
    @Scheduled(every = "${outbox.relay-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> relay() {
        return Panache.withTransaction(() -> Panache.getSession().flatMap(session -> session
                .createNativeQuery("select pg_try_advisory_xact_lock(" + RELAY_LOCK + ")", Boolean.class)
                .getSingleResult()
                .flatMap(mine -> !mine ? Uni.createFrom().voidItem() : session
                        .createNativeQuery("select * from outbox_event where published_at is null order by created_at"
                                + " limit :batch", OutboxEvent.class)
                        .setParameter("batch", config.relayBatchSize())
                        .getResultList()
                        .flatMap(this::publishInOrder))))
                .onFailure().invoke(failure -> LOG.warnf("Outbox relay will retry: %s", failure.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    private Uni<Void> publishInOrder(List<OutboxEvent> events) {
        return Multi.createFrom().iterable(events)
                .onItem().transformToUniAndConcatenate(event -> emitter.sendMessage(Message.of(event.payload)
                        .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                                .withTopic(event.topic).withKey(event.key).build()))
                        .invoke(() -> event.publishedAt = OffsetDateTime.now()))
                .collect().last()
                .replaceWithVoid();
    }
}
