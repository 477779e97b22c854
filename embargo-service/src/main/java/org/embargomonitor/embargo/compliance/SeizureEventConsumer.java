package org.embargomonitor.embargo.compliance;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.embargomonitor.embargo.pipeline.Database;
import org.embargomonitor.platform.pipeline.ConsumerGuard;
import org.embargomonitor.platform.pipeline.KafkaPipeline;
import org.embargomonitor.platform.work.OwnContexts;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;

/**
 * Reads the seizure service's events (topic {@code seizures}) a batch at a time and evaluates the seizures of a batch
 * together, each as it stands after its newest change (the event of its newest version in the batch): in sets whose
 * marks share no lock ({@link LockApart}), checked at once, each in a transaction of its own. The offsets are committed
 * once the findings are stored; a redelivered event changes nothing. An event that cannot be read goes to the
 * dead-letter topic with the reason and the rest of the batch is checked. When a set's check fails every attempt while
 * the database answers, its events are checked one by one, so that only an event whose own check fails goes to the
 * dead-letter topic; while the database does not answer, consuming pauses.
 */
@ApplicationScoped
public class SeizureEventConsumer {

    static final String CHANNEL = "seizure-events";
    private static final int SCHEMA_VERSION = 1;
    private static final String TRACE_PARENT = "traceparent";
    private static final Logger LOG = Logger.getLogger(SeizureEventConsumer.class);

    private final SeizureChecks checks;
    private final ConsumerGuard guard;
    private final Database database;
    private final KafkaPipeline pipeline;
    private final ObjectMapper json;
    private final ItemMarks marks;
    private final ComplianceConfig config;
    private final Vertx vertx;

    SeizureEventConsumer(SeizureChecks checks, ConsumerGuard guard, Database database, KafkaPipeline pipeline, ObjectMapper json,
            ItemMarks marks, ComplianceConfig config, Vertx vertx) {
        this.vertx = vertx;
        this.marks = marks;
        this.config = config;
        this.checks = checks;
        this.guard = guard;
        this.database = database;
        this.pipeline = pipeline;
        this.json = json;
    }

    /** The part of a seizure event the checks read. */
    record SeizureEventMessage(int schemaVersion, UUID eventId, String type, SeizureFacts seizure) {
    }

    /** A readable event, the record it came in and the W3C {@code traceparent} of the change it tells of, if any. */
    private record Received(ConsumerRecord<String, String> record, SeizureFacts seizure, String traceParent) {

        static Received of(ConsumerRecord<String, String> record, SeizureFacts seizure) {
            Header header = record.headers().lastHeader(TRACE_PARENT);
            return new Received(record, seizure, header == null ? null : new String(header.value(), StandardCharsets.UTF_8));
        }
    }

    @Incoming(CHANNEL)
    public Uni<Void> consume(ConsumerRecords<String, String> events) {
        List<Received> readable = new ArrayList<>(events.count());
        List<Uni<Void>> deadLetters = new ArrayList<>();
        for (ConsumerRecord<String, String> event : events) {
            try {
                readable.add(Received.of(event, read(event.value())));
            } catch (IllegalArgumentException unreadable) {
                deadLetters.add(pipeline.deadLetter(CHANNEL, event.key(), event.value(), unreadable.getMessage()));
            }
        }
        List<Received> newest = newestOfEachSeizure(readable);
        return inTurn(deadLetters, Function.identity())
                .chain(() -> newest.isEmpty() ? Uni.createFrom().voidItem()
                        : Uni.join().all(lockApart(newest).stream().map(set -> OwnContexts.run(vertx, () -> checkTogether(set))).toList())
                                .andCollectFailures().replaceWithVoid());
    }

    /** The seizures split into sets that take no lock in common, as many as checks run at once at most. */
    private List<List<Received>> lockApart(List<Received> newest) {
        Map<UUID, Received> byId = new HashMap<>();
        newest.forEach(received -> byId.put(received.seizure().id(), received));
        List<SeizureFacts> seizures = newest.stream().map(Received::seizure).toList();
        return LockApart.split(seizures.stream().map(SeizureFacts::id).toList(), marks.lockKeysOfSeizures(seizures),
                config.checkConcurrency()).stream().map(set -> set.stream().map(byId::get).toList()).toList();
    }

    private Uni<Void> checkTogether(List<Received> set) {
        List<SeizureFacts> seizures = set.stream().map(Received::seizure).toList();
        return guard.attempt(CHANNEL, seizures.size(), database, () -> checks.check(seizures, traceParentsOf(set)))
                .invoke(raised -> LOG.debugf("%d seizure events checked together: %d findings raised", seizures.size(), raised))
                .replaceWithVoid()
                .onFailure().recoverWithUni(failure -> {
                    LOG.warnf("%d seizure events checked together failed (%s); checking them one by one", seizures.size(),
                            failure.getMessage());
                    return inTurn(set, this::checkAlone);
                });
    }

    private Uni<Void> checkAlone(Received received) {
        SeizureFacts seizure = received.seizure();
        return guard.attempt(CHANNEL, 1, database, () -> checks.check(List.of(seizure), traceParentsOf(List.of(received)))).replaceWithVoid()
                .onFailure().recoverWithUni(failure -> pipeline.deadLetter(CHANNEL, received.record().key(), received.record().value(),
                        "Seizure " + seizure.reference() + " v" + seizure.version() + " could not be checked: " + failure.getMessage()));
    }

    /** Of several events of one seizure in a batch, the one of its newest version: the seizure as it stands. */
    private static List<Received> newestOfEachSeizure(List<Received> readable) {
        Map<UUID, Received> newest = new LinkedHashMap<>();
        readable.forEach(received -> newest.merge(received.seizure().id(), received,
                (a, b) -> a.seizure().version() >= b.seizure().version() ? a : b));
        return List.copyOf(newest.values());
    }

    /**
     * The trace of each seizure's event: the events of the findings it raises continue it, as they would if the seizure
     * had been checked alone.
     */
    private static Map<UUID, String> traceParentsOf(List<Received> received) {
        Map<UUID, String> traceParents = new HashMap<>();
        received.stream().filter(r -> r.traceParent() != null).forEach(r -> traceParents.put(r.seizure().id(), r.traceParent()));
        return traceParents;
    }

    private static <T> Uni<Void> inTurn(List<T> items, Function<T, Uni<Void>> work) {
        return Multi.createFrom().iterable(items).onItem().transformToUniAndConcatenate(item -> work.apply(item)).collect().last().replaceWithVoid();
    }

    private SeizureFacts read(String payload) {
        SeizureEventMessage event;
        try {
            event = json.readValue(payload, SeizureEventMessage.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a readable seizure event: " + e.getOriginalMessage());
        }
        if (event.schemaVersion() != SCHEMA_VERSION || event.seizure() == null || event.seizure().occurredAt() == null) {
            throw new IllegalArgumentException("Seizure event " + event.eventId() + " of schema version " + event.schemaVersion()
                    + " without a seizure and its date: this service reads version " + SCHEMA_VERSION);
        }
        return event.seizure();
    }
}
