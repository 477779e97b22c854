package org.embargomonitor.seizures.seizure;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.embargomonitor.seizures.reference.IsoCountry;

/** An item as read in the field; marks are kept exactly as typed. */
@Schema(name = "NewItem")
public record NewItem(
        @NotNull ItemCategory category,
        @Schema(examples = "Kalashnikov pattern") @Size(max = 100) String make,
        @Schema(examples = "AKM") @Size(max = 100) String model,
        @Schema(examples = "7.62x39mm") @Size(max = 60) String calibre,
        @Schema(description = "As read, including misread or partial characters", examples = "KT 1O4523")
        @Size(max = 100) String serialNumber,
        @Schema(description = "Weapons counted together, or rounds of ammunition", examples = "1")
        @NotNull @Min(1) @Max(10_000_000) Integer quantity,
        @Size(max = 200) String manufacturer,
        @Schema(description = "ISO 3166-1 alpha-3", examples = "BGR") @IsoCountry String countryOfManufacture,
        @NotFutureYear Integer yearOfManufacture,
        @Size(max = 200) String importMark,
        @Schema(examples = "10 71") @Size(max = 100) String headstamp,
        @Size(max = 100) String lotNumber,
        @NotNull MarkingState markingState,
        Boolean craftProduced,
        Boolean printed3d,
        Boolean polymer,
        @Schema(description = "All markings as read, free text") @Size(max = 4000) String markings) {
}
