package org.embargomonitor.embargo.benchmarks;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewBenchmark")
public record NewBenchmark(
        @Schema(examples = "CAR-1") @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9-]{1,31}", message = "must be upper-case letters, digits or hyphens") String code,
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = 4000) String text,
        @Schema(description = "The document that set it", examples = "S/PRST/2019/3") @NotBlank @Size(max = 200) String setBy,
        @NotNull LocalDate setOn,
        @Schema(description = "Where the text was read") @NotBlank @Size(max = 500) String source) {
}
