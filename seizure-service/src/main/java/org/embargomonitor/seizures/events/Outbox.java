package org.embargomonitor.seizures.events;

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

    public Uni<Void> add(SeizureEvent event) {
        return writer.write(config.seizureTopic(), event.seizure().id().toString(), event.eventId(), event);
    }

    public Uni<Void> add(EvidenceEvent event) {
        return writer.write(config.evidenceTopic(), event.evidence().seizureId().toString(), event.eventId(), event);
    }
}
