package org.embargomonitor.embargo.compliance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An expert's decision on an open finding; the reason goes into the audit trail. */
@Schema(name = "NewFindingDecision")
public record NewDecision(
        @NotNull FindingDecision.Decision decision,
        @Schema(examples = "Tracing confirmed the rifle was exported in 2019 to the armed group's supplier.")
        @NotBlank @Size(min = 10, max = 4000) String reason,
        @Schema(description = "The finding's version the expert read; when the finding changed since (a re-evaluation), the decision is refused with 409")
        @PositiveOrZero Integer version) {
}
