package org.embargomonitor.seizures.annexes;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.embargomonitor.seizures.documents.DocumentComposer;
import org.embargomonitor.seizures.documents.DocumentLanguage;

/** An annex to write for a panel's report: which records, which of their findings, in what language and format. */
@Schema(name = "NewAnnex")
public record NewAnnex(
        @Schema(examples = "Annex 14: Weapons and ammunition seized from 3R fighters in Haute-Kotto") @NotBlank @Size(max = 300) String title,
        @NotNull DocumentLanguage language,
        @Schema(description = "PDF unless DOCX is asked") DocumentComposer.Format format,
        @Schema(description = "The records, in the annex's order") @NotEmpty @Size(max = 100) List<@NotNull UUID> seizureIds,
        @Schema(description = "The findings shown; every finding of the records when left out") @Size(max = 500) List<@NotNull UUID> findingIds) {

    public DocumentComposer.Format formatOrDefault() {
        return format == null ? DocumentComposer.Format.PDF : format;
    }
}
