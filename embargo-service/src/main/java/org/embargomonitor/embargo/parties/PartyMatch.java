package org.embargomonitor.embargo.parties;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A designated party a reported name may refer to, with the name that matched and how. */
@Schema(name = "PartyMatch")
public record PartyMatch(
        String reference,
        String name,
        String listType,
        PartyKind kind,
        @Schema(description = "The listed name or alias that matched") String matchedName,
        @Schema(description = "listed name, original script, or the alias quality (Good, Low, a.k.a.)") String matchedAs,
        @Schema(description = "0 to 1") double score,
        List<String> reasons,
        DesignatedParty.Listing listing,
        LocalDate listedOn,
        LocalDate delistedOn) {
}
