package org.embargomonitor.seizures.evidence;

import java.time.OffsetDateTime;
import java.util.UUID;


/**
 * A photo or document attached to a seizure; search-service fetches its text. The contract is
 * docs/events/evidence-event.schema.json.
 */
public record EvidenceEvent(int schemaVersion, UUID eventId, Type type, OffsetDateTime occurredAt, String actor,
        EvidenceView evidence) {

    public static final int SCHEMA_VERSION = 1;

    public enum Type {
        EVIDENCE_ADDED
    }

    public static EvidenceEvent added(String actor, EvidenceView evidence) {
        return new EvidenceEvent(SCHEMA_VERSION, UUID.randomUUID(), Type.EVIDENCE_ADDED, OffsetDateTime.now(), actor, evidence);
    }
}
