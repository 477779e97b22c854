package org.embargomonitor.platform.outbox;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.mutiny.Uni;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.TracingMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.vertx.core.Context;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.pgclient.PgConnectOptions;

/**
 * Publishes committed outbox events to Kafka in the order they were written, marking each published only
 * once the broker has acknowledged it; an event that fails stays in the outbox and is sent again. The relay runs
 * when PostgreSQL notifies a commit of events (channel {@value #CHANNEL_OF_COMMITS}, see R__outbox_event_written.sql)
 * and, for what a lost connection missed, every {@code outbox.relay-interval}.
 */
@ApplicationScoped
public class OutboxRelay {

    /** The outgoing channel each service configures with its Kafka connection; the topic comes with each event. */
    public static final String CHANNEL = "outbox";
    /** The PostgreSQL notification channel told of each commit that wrote events. */
    static final String CHANNEL_OF_COMMITS = "outbox_event";
    /** Key of the PostgreSQL advisory lock held by the relaying replica. */
    private static final long RELAY_LOCK = 7_466_001L;
    private static final int BATCHES_PER_RUN = 50;
    private static final long LISTEN_AGAIN_AFTER_MS = 1_000;
    /** A run starts this long after the last, per event it sent, up to {@value #MOST_GAP_MS} ms. */
    private static final long GAP_PER_EVENT_MS = 10;
    private static final long MOST_GAP_MS = 200;
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final MutinyEmitter<String> emitter;
    private final OutboxConfig config;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean wanted = new AtomicBoolean();
    private volatile boolean started;
    private volatile long nextRunAt = System.nanoTime();
    private PgSubscriber commits;

    private final io.vertx.core.Vertx vertx;

    OutboxRelay(@Channel(CHANNEL) MutinyEmitter<String> emitter, OutboxConfig config, io.vertx.core.Vertx vertx) {
        this.emitter = emitter;
        this.config = config;
        this.vertx = vertx;
    }

    /** Listens for commits of events on a connection of its own, connecting again a second after it is lost. */
    void listen(@Observes StartupEvent start, Vertx vertx, @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String user,
            @ConfigProperty(name = "quarkus.datasource.password") String password) {
        PgConnectOptions options = PgConnectOptions.fromUri(url.replaceFirst("^vertx-reactive:", "")).setUser(user).setPassword(password);
        commits = PgSubscriber.subscriber(vertx, options).reconnectPolicy(attempts -> LISTEN_AGAIN_AFTER_MS);
        commits.channel(CHANNEL_OF_COMMITS).handler(ignored -> wake());
        commits.connect().subscribe().with(connected -> { }, failure -> LOG.warnf(
                "Not told of committed events (%s): the relay looks every %s", failure.getMessage(), config.relayInterval()));
    }

    void stop(@Observes ShutdownEvent stop) {
        if (commits != null) {
            commits.closeAndForget();
        }
    }

    /**
     * The relay's regular look. The first waits a few seconds, so that its first query's classes are not loaded on the
     * event loop while the process is still starting; commits notified before then are relayed by it.
     */
    @Scheduled(every = "${outbox.relay-interval:200ms}", delayed = "3s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void look() {
        started = true;
        wake();
    }

    /**
     * Relays now, or once more after the run under way (which may have read the outbox before the last commit). After a
     * run that sent many events the next waits ({@value #GAP_PER_EVENT_MS} ms per event sent, {@value #MOST_GAP_MS} ms at most):
     * a quiet outbox is relayed at once, a busy one in batches as large as with the schedule alone.
     */
    void wake() {
        wanted.set(true);
        if (started && running.compareAndSet(false, true)) {
            long wait = (nextRunAt - System.nanoTime()) / 1_000_000;
            if (wait > 0) {
                vertx.setTimer(wait, ignored -> run());
            } else {
                run();
            }
        }
    }

    private void run() {
        wanted.set(false);
        // a context of its own, as a request has, on whichever thread told it (the schedule's, the listener's, a timer's)
        Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(ignored -> relay().subscribe().with(this::finished));
    }

    private void finished(int sent) {
        nextRunAt = System.nanoTime() + Math.min(MOST_GAP_MS, sent * GAP_PER_EVENT_MS) * 1_000_000;
        running.set(false);
        if (wanted.get()) {
            wake();
        }
    }

    /**
     * One relay at a time across all replicas (a transaction-scoped advisory lock), so that the events of a
     * key reach Kafka in the order they were written. Batch after batch until the outbox is drained (at most
     * {@value #BATCHES_PER_RUN} batches a run), each batch in a transaction of its own. Answers how many events it sent.
     */
    Uni<Integer> relay() {
        return Uni.createFrom().deferred(this::relayBatch)
                .repeat().whilst(sent -> sent == config.relayBatchSize())
                .select().first(BATCHES_PER_RUN)
                .collect().with(Collectors.summingInt(Integer::intValue))
                .onFailure().invoke(failure -> LOG.warnf("Outbox relay will retry: %s", failure.getMessage()))
                .onFailure().recoverWithItem(0);
    }

    /**
     * Publishes one batch; answers how many events it sent. The lock is tried by a statement run for its effect, which
     * answers the rows it selected (one when the lock is this replica's), and the batch is read in HQL: Hibernate never
     * finds the cached plan of a native select again, and each one sent would grow its plan cache.
     */
    private Uni<Integer> relayBatch() {
        return Panache.withTransaction(() -> Panache.getSession().flatMap(session -> session
                .createNativeQuery("select 1 where pg_try_advisory_xact_lock(" + RELAY_LOCK + ")")
                .executeUpdate()
                .flatMap(locked -> locked == 0 ? Uni.createFrom().item(0) : session
                        .createSelectionQuery("from OutboxEvent where publishedAt is null order by createdAt", OutboxEvent.class)
                        .setMaxResults(config.relayBatchSize())
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
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withTopic(event.topic).withKey(event.key).build())
                .addMetadata(TracingMetadata.withCurrent(TraceParent.of(event.traceParent)))))
                .toList();
        return Uni.join().all(sends).andFailFast().replaceWith(events.size());
    }
}
