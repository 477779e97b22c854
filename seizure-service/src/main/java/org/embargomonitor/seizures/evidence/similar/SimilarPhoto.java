package org.embargomonitor.seizures.evidence.similar;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A photo of another seizure that may show the same object as one of this seizure's photos. */
@Schema(name = "SimilarPhoto")
public record SimilarPhoto(
        @Schema(description = "This seizure's photo") UUID evidenceId,
        @Schema(description = "The other seizure's photo") UUID similarEvidenceId,
        UUID seizureId, String seizureReference, String countryCode, String fileName, String description,
        @Schema(description = "Bits apart of 64: 0 for the same picture; up to the threshold for a resized, recompressed or cropped copy")
        int distance) {

    static SimilarPhoto of(Object[] row) {
        return new SimilarPhoto((UUID) row[0], (UUID) row[1], (UUID) row[2], (String) row[3], (String) row[4], (String) row[5],
                (String) row[6], ((Number) row[7]).intValue());
    }
}
