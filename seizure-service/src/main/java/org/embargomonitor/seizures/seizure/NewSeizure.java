package org.embargomonitor.seizures.seizure;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.embargomonitor.seizures.reference.IsoCountry;

/** A seizure as a mission reports it. */
@Schema(name = "NewSeizure")
public record NewSeizure(
        @Schema(description = "The mission's own reference, unique within the operation", examples = "MINUSCA-2026-0412")
        @NotBlank @Size(max = 64) String reference,
        @Schema(description = "Peace operation; mission staff may leave it out to use their own", examples = "MINUSCA")
        @Size(max = 32) @Pattern(regexp = "[A-Z][A-Z0-9-]{1,31}", message = "must be an operation code such as MINUSCA") String operation,
        @Schema(description = "Unit that made or reported the seizure", examples = "Bangui JTF, Team 3")
        @NotBlank @Size(max = 200) String reportingUnit,
        @Schema(description = "When the seizure happened, with its offset; never in the future")
        @NotNull @PastOrPresent OffsetDateTime occurredAt,
        @Schema(description = "ISO 3166-1 alpha-3 country code", examples = "CAF")
        @NotNull @IsoCountry String countryCode,
        @Schema(description = "First-level administrative area", examples = "Haute-Kotto")
        @Size(max = 200) String adminArea,
        @Schema(examples = "Bria")
        @Size(max = 200) String placeName,
        @Schema(description = "WGS84 latitude") @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @Schema(description = "WGS84 longitude") @DecimalMin("-180") @DecimalMax("180") Double longitude,
        @Schema(description = "At a border crossing, inland or at sea; leave out when not known") LocationType locationType,
        @NotNull Circumstance circumstance,
        @Size(max = 20000) String narrative,
        @Valid Possessor possessor,
        @Schema(description = "For items seized in transit: where they were bound and for whom") @Valid Destination destination,
        @Valid PeopleInvolved peopleInvolved,
        @Schema(description = "The items, in the order they were listed")
        @Size(max = 1000) List<@Valid @NotNull NewItem> items) {

    public List<NewItem> itemsOrNone() {
        return items == null ? List.of() : items;
    }
}
