package org.embargomonitor.platform.outbox;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

/** Writes events into the outbox, inside the caller's transaction; the relay publishes them after the commit. */
@ApplicationScoped
public class OutboxWriter implements PanacheRepositoryBase<OutboxEvent, UUID> {

    private final ObjectMapper json;

    OutboxWriter(ObjectMapper json) {
        this.json = json;
    }

    /**
     * An event to write: its key orders it among the events of the same key. Its publication continues the trace of
     * {@code traceParent} (a W3C {@code traceparent}, such as the header of the message the change came from), or,
     * when null, the trace current when it is written.
     */
    public record Event(String key, UUID eventId, Object payload, String traceParent) {

        public Event(String key, UUID eventId, Object payload) {
            this(key, eventId, payload, null);
        }
    }

    /** Events of one key reach the topic in the order they were written. */
    public Uni<Void> write(String topic, String key, UUID eventId, Object event) {
        return writeAll(topic, List.of(new Event(key, eventId, event)));
    }

    /** Writes the events in one step, in their order, however many there are. */
    public Uni<Void> writeAll(String topic, List<Event> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<OutboxEvent> rows = new ArrayList<>(events.size());
        OffsetDateTime now = OffsetDateTime.now();
        String traceParent = TraceParent.current();
        for (Event event : events) {
            OutboxEvent row = new OutboxEvent();
            row.id = event.eventId();
            row.topic = topic;
            row.key = event.key();
            row.traceParent = event.traceParent() != null ? event.traceParent() : traceParent;
            // a microsecond apart, so that the relay's order by creation keeps the order written
            row.createdAt = now.plusNanos(1_000L * rows.size());
            try {
                row.payload = json.writeValueAsString(event.payload());
            } catch (JsonProcessingException e) {
                return Uni.createFrom().failure(e);
            }
            rows.add(row);
        }
        return persist(rows);
    }
}
