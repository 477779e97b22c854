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

    /** What the territorial measure covers: the territory's own materiel where narrower than the version's, else the version's. */
    public Materiel territorialMateriel() {
        return territory != null && territory.materiel() != null ? territory.materiel() : materiel;
    }

    /** The exemption that covers a holder of this kind or name, if any. */
    public Exemption exemptionOf(String holderKind, String holderDescription) {
        return exemptions.stream().filter(e -> e.covers(holderKind, holderDescription)).findFirst().orElse(null);
    }

    /** Where the embargo applies: ISO 3166 alpha-3 countries, optionally only some areas of them. */
    @Schema(name = "Territory")
    public record Territory(
            @NotEmpty List<@NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166 alpha-3 code") String> countries,
            @Schema(description = "Only these areas, matched against the seizure's admin area", examples = "[\"Darfur\"]")
            List<@NotBlank String> areas,
            @NotBlank @Size(max = 200) String citation,
            @Schema(description = "What the territorial measure covers when narrower than the version's materiel (which then applies to designated parties and named groups only)")
            @Valid Materiel materiel) {

        public Territory {
            areas = areas == null ? List.of() : List.copyOf(areas);
        }

        public Territory(List<String> countries, List<String> areas, String citation) {
            this(countries, areas, citation, null);
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
            @Schema(description = "Every non-governmental entity or individual in the territory, whatever its kind (\"any entity or individual\")")
            boolean nonGovernmentalHolders,
            @Schema(description = "Named groups", examples = "[\"Al-Shabaab\"]") List<@NotBlank String> groups,
            @NotBlank @Size(max = 200) String citation,
            @Schema(description = "The resolution and paragraph that apply the measures to listed parties, where not the citation", examples = "S/RES/1844 (2008), para. 7")
            @Size(max = 200) String listedPartiesCitation,
            @Schema(description = "Where the measures also reach those acting on a listed party's behalf or at its direction: the resolution and paragraph",
                    examples = "S/RES/2216 (2015), para. 14")
            @Size(max = 200) String actingForCitation,
            @Schema(description = "The Consolidated List types whose parties this version's measures reach, where other than the regime's",
                    examples = "[\"Al-Qaida\", \"Taliban\"]")
            @Size(max = 50) List<@NotBlank @Size(max = 64) String> listTypes) {

        public Targets {
            groups = groups == null ? List.of() : List.copyOf(groups);
            listTypes = listTypes == null ? List.of() : List.copyOf(listTypes);
        }

        public Targets(boolean designatedParties, boolean nonStateArmedGroups, List<String> groups, String citation) {
            this(designatedParties, nonStateArmedGroups, false, groups, citation, null, null, null);
        }

        public String listedPartiesCitationOrDefault() {
            return listedPartiesCitation != null ? listedPartiesCitation : citation;
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
            @NotBlank @Size(max = 200) String citation,
            @Schema(description = "Item categories the treatment applies to; empty means all")
            List<@NotBlank String> categories,
            @Schema(description = "The treatment of every other category; exempt by default") GovernmentTreatment otherwise) {

        public GovernmentForces {
            categories = categories == null ? List.of() : List.copyOf(categories);
            otherwise = otherwise == null ? GovernmentTreatment.EXEMPT : otherwise;
        }

        public GovernmentForces(GovernmentTreatment treatment, String detail, String citation) {
            this(treatment, detail, citation, null, null);
        }

        /** What the regime asks of a delivery of this category to the government's forces. */
        public GovernmentTreatment treatmentOf(String category) {
            return categories.isEmpty() || categories.contains(category) ? treatment : otherwise;
        }
    }

    /** Holders the embargo does not reach, by kind or by name, on a condition. */
    @Schema(name = "Exemption")
    public record Exemption(
            @NotBlank @Size(max = 300) String beneficiary,
            @Size(max = 1000) String detail,
            @NotBlank @Size(max = 200) String citation,
            @Schema(description = "Kinds of holder it exempts") List<@NotNull HolderKind> holders,
            @Schema(description = "Names of the forces it exempts, matched as words in the possessor's description", examples = "[\"MINUSCA\"]")
            List<@NotBlank @Size(max = 100) String> names,
            @Schema(description = "On what terms; none by default") ExemptionCondition condition) {

        private static final java.util.regex.Pattern NOT_A_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

        public Exemption {
            holders = holders == null ? List.of() : List.copyOf(holders);
            names = names == null ? List.of() : List.copyOf(names);
            condition = condition == null ? ExemptionCondition.NONE : condition;
        }

        boolean covers(String holderKind, String holderDescription) {
            if (holders.stream().anyMatch(kind -> kind.name().equals(holderKind))) {
                return true;
            }
            if (holderDescription == null) {
                return false;
            }
            String description = " " + words(holderDescription) + " ";
            return names.stream().anyMatch(name -> description.contains(" " + words(name).trim() + " "));
        }

        /** The text in capitals, every run of characters other than letters and digits one space. */
        private static String words(String text) {
            return NOT_A_WORD.matcher(text.toUpperCase(Locale.ROOT)).replaceAll(" ");
        }
    }
}
