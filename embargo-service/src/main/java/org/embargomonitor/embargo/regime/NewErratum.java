package org.embargomonitor.embargo.regime;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A correction of a stored version: the version as the Council set it, or none when the version should never have existed. */
@Schema(name = "NewErratum")
public record NewErratum(
        @Schema(description = "What the stored version got wrong", examples = "Resolution 2713 (2023) keeps the embargo on deliveries to Somalia; only the Federal Government's forces are exempt.")
        @NotBlank @Size(max = 2000) String reason,
        @Schema(description = "The text read to correct it") @NotBlank @Size(max = 500) String source,
        @Schema(description = "The corrected version; leave out to withdraw the version") @Valid NewRegimeVersion correction) {
}
