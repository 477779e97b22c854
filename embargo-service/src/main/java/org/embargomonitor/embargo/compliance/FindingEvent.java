package org.embargomonitor.embargo.compliance;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A change to a finding, carrying the finding as it stands after it (docs/events/finding-event.schema.json). */
public record FindingEvent(int schemaVersion, UUID eventId, Type type, OffsetDateTime occurredAt, String actor,
        FindingView finding) {

    public static final int SCHEMA_VERSION = 1;

    public enum Type {
        FINDING_RAISED, FINDING_UPDATED, FINDING_WITHDRAWN, FINDING_REVIEWED
    }

    static FindingEvent of(Type type, String actor, FindingView finding) {
        return new FindingEvent(SCHEMA_VERSION, UUID.randomUUID(), type, OffsetDateTime.now(), actor, finding);
    }
}
