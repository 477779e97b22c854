package org.embargomonitor.seizures.reference;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An entry as the shipped catalogue or an admin describes it. */
@Schema(name = "NewReferenceEntry")
public record NewReferenceEntry(
        @Schema(examples = "7.62x39mm") @NotBlank @Size(max = 200) String name,
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> aliases,
        @IsoCountry String country,
        @Size(max = 200) String manufacturer,
        @Size(max = 100) String use,
        @Schema(description = "Where the facts were read") @NotBlank @Size(max = 1000) String source,
        @NotNull Boolean verified) {

    public List<String> aliasesOrNone() {
        return aliases == null ? List.of() : aliases;
    }
}
