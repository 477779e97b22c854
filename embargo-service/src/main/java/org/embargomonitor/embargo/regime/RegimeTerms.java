package org.embargomonitor.embargo.regime;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What one version of a regime prohibits, each part with the resolution and paragraph that set it. */
@Schema(name = "RegimeTerms")
public record RegimeTerms(
        @NotNull RegimeKind kind,
        @Schema(description = "Required for territorial versions") @Valid Territory territory,
        @NotNull @Valid Targets targets,
        @NotNull @Valid Materiel materiel,
        @NotNull @Valid GovernmentForces governmentForces,
        List<@NotNull @Valid Exemption> exemptions) {

    public RegimeTerms {
        exemptions = exemptions == null ? List.of() : List.copyOf(exemptions);
    }

    /** Where the embargo applies: ISO 3166 alpha-3 countries, optionally only some areas of them. */
    @Schema(name = "Territory")
    public record Territory(
            @NotEmpty List<@NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166 alpha-3 code") String> countries,
            @Schema(description = "Only these areas, matched against the seizure's admin area", examples = "[\"Darfur\"]")
            List<@NotBlank String> areas,
            @NotBlank @Size(max = 200) String citation) {

        public Territory {
            areas = areas == null ? List.of() : List.copyOf(areas);
        }

        public boolean covers(String countryCode) {
            return countryCode != null && countries.contains(countryCode);
        }

        /** The named area the admin area lies in, or null when the territory is the whole country or no area matches. */
        public String areaOf(String adminArea) {
            if (adminArea == null) {
                return null;
            }
            String place = adminArea.toLowerCase(Locale.ROOT);
            return areas.stream().filter(area -> place.contains(area.toLowerCase(Locale.ROOT))).findFirst().orElse(null);
        }
    }

    /** Whom a targeted embargo names. */
    @Schema(name = "Targets")
    public record Targets(
            @Schema(description = "Parties on the Consolidated List under this regime's list types") boolean designatedParties,
            @Schema(description = "Every non-state armed group in the territory") boolean nonStateArmedGroups,
            @Schema(description = "Named groups", examples = "[\"Al-Shabaab\"]") List<@NotBlank String> groups,
            @NotBlank @Size(max = 200) String citation) {

        public Targets {
            groups = groups == null ? List.of() : List.copyOf(groups);
        }
    }

    /** What materiel is covered; no categories means all arms and related materiel. */
    @Schema(name = "Materiel")
    public record Materiel(
            @NotBlank @Size(max = 500) String description,
            @Schema(description = "Item categories covered; empty means all") List<@NotBlank String> categories,
            @NotBlank @Size(max = 200) String citation) {

        public Materiel {
            categories = categories == null ? List.of() : List.copyOf(categories);
        }

        public boolean covers(String category) {
            return categories.isEmpty() || categories.contains(category);
        }
    }

    @Schema(name = "GovernmentForces")
    public record GovernmentForces(
            @NotNull GovernmentTreatment treatment,
            @Size(max = 1000) String detail,
            @NotBlank @Size(max = 200) String citation) {
    }

    @Schema(name = "Exemption")
    public record Exemption(
            @NotBlank @Size(max = 300) String beneficiary,
            @Size(max = 1000) String detail,
            @NotBlank @Size(max = 200) String citation) {
    }
}
