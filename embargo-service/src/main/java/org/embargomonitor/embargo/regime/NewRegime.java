package org.embargomonitor.embargo.regime;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A regime as the reviewed catalogue or an admin describes it, with its versions; every fact carries its source. */
@Schema(name = "NewRegime")
public record NewRegime(
        @Schema(examples = "HAITI") @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9-]{1,31}", message = "must be upper-case letters, digits or hyphens") String code,
        @Schema(examples = "Haiti") @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 200) String committee,
        @Schema(description = "Resolution symbol and paragraph", examples = "S/RES/2653 (2022), para. 11")
        @NotBlank @Size(max = 64) String establishedBy,
        @NotNull LocalDate establishedOn,
        @NotBlank @Size(max = 4000) String summary,
        @Schema(description = "Where the facts were read") @NotBlank @Size(max = 500) String source,
        @Schema(description = "UN_LIST_TYPE values of the Consolidated List whose parties this regime targets", examples = "[\"Haiti\"]")
        @Size(max = 50) List<@NotBlank @Size(max = 64) String> listTypes,
        @NotEmpty @Size(max = 100) List<@NotNull @Valid NewRegimeVersion> versions) {

    public NewRegime {
        listTypes = listTypes == null ? List.of() : List.copyOf(listTypes);
    }
}
