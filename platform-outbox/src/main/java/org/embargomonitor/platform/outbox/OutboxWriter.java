package org.embargomonitor.platform.outbox;

import java.time.OffsetDateTime;
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

    /** Events of one key reach the topic in the order they were written. */
    public Uni<Void> write(String topic, String key, UUID eventId, Object event) {
        OutboxEvent row = new OutboxEvent();
        row.id = eventId;
        row.topic = topic;
        row.key = key;
        row.createdAt = OffsetDateTime.now();
        try {
            row.payload = json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(e);
        }
        return persist(row).replaceWithVoid();
    }
}
