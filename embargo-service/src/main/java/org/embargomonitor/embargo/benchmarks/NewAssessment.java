package org.embargomonitor.embargo.benchmarks;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewAssessment")
public record NewAssessment(
        @NotNull @PastOrPresent LocalDate assessedOn,
        @NotNull BenchmarkStatus status,
        @NotBlank @Size(max = 8000) String narrative,
        @Schema(description = "The assessing document", examples = "S/2024/391") @NotBlank @Size(max = 200) String sourceDocument,
        @Size(max = 500) String source) {
}
