package org.embargomonitor.embargo.regime;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RegimeVersion")
public record RegimeVersionView(UUID id, String regimeCode, LocalDate effectiveFrom, boolean effectiveFromUncertain,
        @Schema(description = "Exclusive; null while in force") LocalDate effectiveUntil,
        @Schema(description = "The day the measures were last renewed to; null when open-ended") LocalDate renewedUntil,
        String setBy, String source, String summary, List<String> uncertainties, RegimeTerms terms,
        boolean fromCatalogue, String createdBy, OffsetDateTime createdAt) {

    static RegimeVersionView of(RegimeVersion v, LocalDate until) {
        return new RegimeVersionView(v.id, v.regimeCode, v.effectiveFrom, v.effectiveFromUncertain, until, v.renewedUntil, v.setBy, v.source,
                v.summary, List.of(v.uncertainties), v.terms, v.fromCatalogue, v.createdBy, v.createdAt);
    }
}
