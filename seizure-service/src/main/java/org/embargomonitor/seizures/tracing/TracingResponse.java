package org.embargomonitor.seizures.tracing;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.embargomonitor.seizures.reference.IsoCountry;

/** The State's answer (or its absence), and the origin it established. */
@Schema(name = "TracingResponse")
public record TracingResponse(
        @NotNull TracingOutcome outcome,
        @Schema(description = "Required unless the outcome is NO_RESPONSE") @PastOrPresent LocalDate receivedOn,
        @Size(max = 20000) String summary,
        @Schema(examples = "Ministry of Defence of the exporting State") @Size(max = 300) String lastLegalOwner,
        @Size(max = 200) String exportLicence,
        @PastOrPresent LocalDate diversionDate,
        @Schema(description = "Where the item left the legal chain (the point of diversion), ISO 3166-1 alpha-3", examples = "UKR")
        @IsoCountry String diversionCountry) {
}
