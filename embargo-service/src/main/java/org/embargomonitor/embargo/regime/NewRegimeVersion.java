package org.embargomonitor.embargo.regime;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A version of a regime as the Council set it: in force from its date until the next version's. */
@Schema(name = "NewRegimeVersion")
public record NewRegimeVersion(
        @NotNull LocalDate effectiveFrom,
        @Schema(description = "True when the date is not confirmed by a stored source") boolean effectiveFromUncertain,
        @Schema(description = "Resolution symbol and paragraph", examples = "S/RES/2745 (2024), para. 1")
        @NotBlank @Size(max = 200) String setBy,
        @Schema(description = "Where the facts were read") @NotBlank @Size(max = 500) String source,
        @NotBlank @Size(max = 4000) String summary,
        @Schema(description = "What could not be confirmed") @Size(max = 50) List<@NotBlank @Size(max = 500) String> uncertainties,
        @NotNull @Valid RegimeTerms terms,
        @Schema(description = "The day the Council last renewed these measures to, where they lapse unless renewed; leave out when open-ended",
                examples = "2026-07-31") LocalDate renewedUntil) {

    public NewRegimeVersion {
        uncertainties = uncertainties == null ? List.of() : List.copyOf(uncertainties);
    }
}
