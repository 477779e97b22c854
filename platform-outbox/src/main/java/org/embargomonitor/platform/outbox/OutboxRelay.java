package org.embargomonitor.platform.outbox;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
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
    private static final int BATCHES_PER_RUN = 50;
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final MutinyEmitter<String> emitter;
    private final OutboxConfig config;

    OutboxRelay(@Channel(CHANNEL) MutinyEmitter<String> emitter, OutboxConfig config) {
        this.emitter = emitter;
        this.config = config;
    }

    /**
     * One relay at a time across all replicas (a transaction-scoped advisory lock), so that the events of a
     * key reach Kafka in the order they were written. Batch after batch until the outbox is drained (at most
     * {@value #BATCHES_PER_RUN} batches a run), each batch in a transaction of its own. The first run waits a few
     * seconds, so that its first query's classes are not loaded on the event loop while the process is still starting.
     */
    @Scheduled(every = "${outbox.relay-interval:200ms}", delayed = "3s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> relay() {
        return Uni.createFrom().deferred(this::relayBatch)
                .repeat().whilst(sent -> sent == config.relayBatchSize())
                .select().first(BATCHES_PER_RUN)
                .collect().last()
                .onFailure().invoke(failure -> LOG.warnf("Outbox relay will retry: %s", failure.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    /** Publishes one batch; answers how many events it sent. */
    private Uni<Integer> relayBatch() {
        return Panache.withTransaction(() -> Panache.getSession().flatMap(session -> session
                .createNativeQuery("select pg_try_advisory_xact_lock(" + RELAY_LOCK + ")", Boolean.class)
                .getSingleResult()
                .flatMap(mine -> !mine ? Uni.createFrom().item(0) : session
                        .createNativeQuery("select * from outbox_event where published_at is null order by created_at"
                                + " limit :batch", OutboxEvent.class)
                        .setParameter("batch", config.relayBatchSize())
                        .setReadOnly(true)
                        .getResultList()
                        .flatMap(events -> publishInOrder(events).chain(sent -> sent == 0 ? Uni.createFrom().item(0) : session
                                .createNativeQuery("update outbox_event set published_at = :now where id in (:ids)")
                                .setParameter("now", OffsetDateTime.now())
                                .setParameter("ids", events.stream().map(event -> event.id).toList())
                                .executeUpdate().replaceWith(sent))))));
    }

    /**
     * Sends the batch without waiting for each acknowledgement in turn: the producer keeps the order of the
     * sends per partition (idempotent, acks=all); the batch is marked published, in one statement, once Kafka
     * acknowledged all of it.
     */
    private Uni<Integer> publishInOrder(List<OutboxEvent> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        List<Uni<Void>> sends = events.stream().map(event -> emitter.sendMessage(Message.of(event.payload)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withTopic(event.topic).withKey(event.key).build())))
                .toList();
        return Uni.join().all(sends).andFailFast().replaceWith(events.size());
    }
}
