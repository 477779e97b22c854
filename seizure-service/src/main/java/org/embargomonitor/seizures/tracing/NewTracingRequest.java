package org.embargomonitor.seizures.tracing;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.embargomonitor.seizures.reference.IsoCountry;

@Schema(name = "NewTracingRequest")
public record NewTracingRequest(
        @Schema(description = "The State asked to trace the item, ISO 3166-1 alpha-3", examples = "BGR")
        @NotNull @IsoCountry String stateCode,
        @NotNull @PastOrPresent LocalDate sentOn,
        @Size(max = 2000) String note) {
}
