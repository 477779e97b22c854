package org.embargomonitor.seizures.seizure;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.embargomonitor.seizures.reference.IsoCountry;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** Where items seized in transit were bound and for whom, and what shows it. */
@Schema(name = "Destination")
public record Destination(
        @Schema(description = "ISO 3166-1 alpha-3 code of the country the items were bound for", examples = "YEM") @IsoCountry String countryCode,
        @Schema(description = "The intended recipient, as the evidence names it: a name or a Consolidated List reference", examples = "the Houthis")
        @Size(max = 500) String recipient,
        @Schema(description = "What kind of holder the intended recipient is, as the evidence shows: a delivery to the government's forces or to an exempt holder is judged as theirs")
        PossessorKind recipientKind,
        @Schema(description = "What shows the destination", examples = "Cargo manifest and the master's statement; AIS track toward Al Hudaydah")
        @NotBlank @Size(max = 1000) String basis) {

    @AssertTrue(message = "must name a country or a recipient")
    @JsonIgnore
    @Schema(hidden = true)
    public boolean isCountryOrRecipient() {
        return countryCode != null || (recipient != null && !recipient.isBlank());
    }
}
