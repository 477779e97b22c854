package org.embargomonitor.seizures.seizure;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** From whom the items came. */
@Schema(name = "Possessor")
public record Possessor(
        @NotNull PossessorKind kind,
        @Schema(description = "As reported", examples = "Al Shabab fighters") @Size(max = 500) String description,
        @Schema(description = "Reference number of a designated party on the UN Consolidated List", examples = "SOe.001")
        @Size(max = 64) String designatedPartyRef,
        @Schema(description = "For a delivery the regime lets be made with notice or approval: what the record says of the notice to the sanctions committee")
        CommitteeNotification committeeNotification,
        @Schema(description = "Whom the holder acts for or at whose direction, as reported: a name or a Consolidated List reference",
                examples = "forces loyal to Ali Abdullah Saleh") @Size(max = 500) String actingFor) {
}
