package org.embargomonitor.seizures.seizure;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new status for an item, why (kept in the chain of custody), and the day it happened. */
@Schema(name = "ItemStatusChange")
public record ItemStatusChange(@NotNull ItemStatus status,
        @Schema(examples = "Destroyed by cutting at the national destruction event, Bangui") @NotBlank @Size(max = 1000) String reason,
        @Schema(description = "The day it happened, when not today; never in the future nor before the seizure") @PastOrPresent LocalDate on) {
}
