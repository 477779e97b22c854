package org.embargomonitor.seizures.events;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

/** Writes events into the outbox, inside the caller's transaction. */
@ApplicationScoped
public class Outbox implements PanacheRepositoryBase<OutboxEvent, UUID> {

    private final ObjectMapper json;
    private final EventsConfig config;

    Outbox(ObjectMapper json, EventsConfig config) {
        this.json = json;
        this.config = config;
    }

    public Uni<Void> add(SeizureEvent event) {
        return write(config.seizureTopic(), event.seizure().id(), event.eventId(), event);
    }

    public Uni<Void> add(EvidenceEvent event) {
        return write(config.evidenceTopic(), event.evidence().seizureId(), event.eventId(), event);
    }

    /** Events are keyed by seizure, so that all of one seizure's events stay in order. */
    private Uni<Void> write(String topic, UUID seizureId, UUID eventId, Object event) {
        OutboxEvent row = new OutboxEvent();
        row.id = eventId;
        row.topic = topic;
        row.key = seizureId.toString();
        row.createdAt = OffsetDateTime.now();
        try {
            row.payload = json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(e);
        }
        return persist(row).replaceWithVoid();
    }
}
