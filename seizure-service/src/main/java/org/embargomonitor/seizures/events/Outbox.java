package org.embargomonitor.seizures.events;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.embargomonitor.platform.outbox.OutboxWriter;

import io.smallrye.mutiny.Uni;

/** Writes the seizure service's events into the outbox, inside the caller's transaction, keyed by seizure. */
@ApplicationScoped
public class Outbox {

    private final OutboxWriter writer;
    private final EventsConfig config;

    Outbox(OutboxWriter writer, EventsConfig config) {
        this.writer = writer;
        this.config = config;
    }

    /** A seizure event (docs/events/seizure-event.schema.json), keyed by its seizure. */
    public Uni<Void> seizureEvent(UUID seizureId, UUID eventId, Object event) {
        return writer.write(config.seizureTopic(), seizureId.toString(), eventId, event);
    }

    /** Seizure events, each keyed by its seizure, in their order. */
    public Uni<Void> seizureEvents(List<OutboxWriter.Event> events) {
        return writer.writeAll(config.seizureTopic(), events);
    }

    /** An evidence event (docs/events/evidence-event.schema.json), keyed by its seizure. */
    public Uni<Void> evidenceEvent(UUID seizureId, UUID eventId, Object event) {
        return writer.write(config.evidenceTopic(), seizureId.toString(), eventId, event);
    }
}
