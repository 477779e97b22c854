package org.embargomonitor.seizures.seizure;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A stored seizure as callers see it. */
public record SeizureView(UUID id, String reference, String operation, String reportingUnit, OffsetDateTime occurredAt,
        String countryCode, String adminArea, String placeName, Double latitude, Double longitude,
        Circumstance circumstance, String narrative, String recordedBy, OffsetDateTime recordedAt, long version) {

    public static SeizureView of(Seizure s) {
        return new SeizureView(s.id, s.reference, s.operation, s.reportingUnit, s.occurredAt, s.countryCode, s.adminArea,
                s.placeName, s.latitude, s.longitude, s.circumstance, s.narrative, s.recordedBy, s.recordedAt, s.version);
    }
}
