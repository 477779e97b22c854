package org.embargomonitor.seizures.seizure;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new status for an item, and why (kept in the chain of custody). */
@Schema(name = "ItemStatusChange")
public record ItemStatusChange(@NotNull ItemStatus status,
        @Schema(examples = "Destroyed by cutting at the national destruction event, Bangui") @NotBlank @Size(max = 1000) String reason) {
}
