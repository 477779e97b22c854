package org.embargomonitor.seizures.tracing.letters;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.embargomonitor.seizures.documents.DocumentComposer;
import org.embargomonitor.seizures.documents.DocumentLanguage;
import org.embargomonitor.seizures.reference.IsoCountry;

/** A tracing-request letter to write: to which State, about which of the seizure's items, how and in what words. */
@Schema(name = "NewTracingLetter")
public record NewTracingLetter(
        @Schema(description = "The State asked, ISO 3166-1 alpha-3", examples = "BGR") @NotNull @IsoCountry String stateCode,
        @Schema(description = "Items of the seizure the letter asks about") @NotEmpty @Size(max = 50) List<@NotNull UUID> itemIds,
        @NotNull DocumentLanguage language,
        @Schema(description = "PDF unless DOCX is asked") DocumentComposer.Format format,
        @NotNull @Valid Letterhead letterhead,
        @Schema(description = "The questions asked; the International Tracing Instrument's usual four when left out")
        @Size(max = 20) List<@NotBlank @Size(max = 1000) String> questions,
        @Schema(description = "The day the letter is sent; today when left out") @PastOrPresent LocalDate sentOn) {

    public DocumentComposer.Format formatOrDefault() {
        return format == null ? DocumentComposer.Format.PDF : format;
    }
}
