package org.embargomonitor.seizures.evidence;

import java.time.OffsetDateTime;
import java.util.UUID;

public record EvidenceView(UUID id, UUID seizureId, UUID itemId, String sha256, long sizeBytes, String mediaType,
        String fileName, String description, OffsetDateTime takenAt, Double latitude, Double longitude, String camera,
        String uploadedBy, OffsetDateTime uploadedAt) {

    public static EvidenceView of(Evidence e) {
        return new EvidenceView(e.id, e.seizureId, e.itemId, e.sha256, e.sizeBytes, e.mediaType, e.fileName, e.description,
                e.takenAt, e.latitude, e.longitude, e.camera, e.uploadedBy, e.uploadedAt);
    }
}
