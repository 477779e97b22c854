package org.embargomonitor.seizures.seizure;

import java.time.OffsetDateTime;
import java.util.UUID;


/**
 * What happened to a seizure, carrying the whole seizure as it stands after the change (version included),
 * so that consumers need not call back. The contract is docs/events/seizure-event.schema.json.
 */
public record SeizureEvent(int schemaVersion, UUID eventId, Type type, OffsetDateTime occurredAt, String actor,
        SeizureView seizure) {

    public static final int SCHEMA_VERSION = 1;

    public enum Type {
        SEIZURE_RECORDED, ITEMS_ADDED, ITEM_STATUS_CHANGED, TRACING_REQUESTED, TRACING_REMINDER_SENT,
        TRACING_CONCLUDED
    }

    public static SeizureEvent of(Type type, String actor, SeizureView seizure) {
        return new SeizureEvent(SCHEMA_VERSION, UUID.randomUUID(), type, OffsetDateTime.now(), actor, seizure);
    }
}
