package org.embargomonitor.seizures.tracing.letters;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who writes to whom: the panel's letterhead and the letter's addressee. */
@Schema(name = "Letterhead")
public record Letterhead(
        @Schema(examples = "Panel of Experts on the Central African Republic established pursuant to resolution 2127 (2013)")
        @NotBlank @Size(max = 300) String panel,
        @Schema(description = "The panel's reference of the letter", examples = "S/AC.55/2026/PE/OC.41")
        @Size(max = 100) String reference,
        @Schema(examples = "Permanent Mission of Bulgaria to the United Nations") @NotBlank @Size(max = 300) String addressee,
        @Schema(description = "Where the letter is signed", examples = "New York") @Size(max = 100) String place,
        @Schema(examples = "Coordinator, Panel of Experts") @Size(max = 200) String signatory) {
}
