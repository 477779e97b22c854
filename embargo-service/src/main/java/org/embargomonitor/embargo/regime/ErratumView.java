package org.embargomonitor.embargo.regime;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Erratum")
public record ErratumView(UUID id, String regimeCode,
        @Schema(description = "The version found wrong, kept in the history") UUID correctedVersionId,
        @Schema(description = "The version that replaced it; null when it was withdrawn") UUID replacementVersionId,
        String reason, String source,
        @Schema(description = "The catalogue's name for an erratum it ships; null for an admin's") String catalogueKey,
        String createdBy, OffsetDateTime createdAt) {

    static ErratumView of(RegimeErratum e) {
        return new ErratumView(e.id, e.regimeCode, e.correctedVersionId, e.replacementVersionId, e.reason, e.source, e.catalogueKey,
                e.createdBy, e.createdAt);
    }
}
