package org.embargomonitor.embargo.parties;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DesignatedParty")
public record DesignatedPartyView(String reference, PartyKind kind, String listType, String name, LocalDate listedOn,
        @Schema(description = "Date of the first imported snapshot without the party; null while listed") LocalDate delistedOn,
        @Schema(description = "Date of the last imported snapshot that listed it") LocalDate lastSeenListedOn,
        @Schema(description = "Earlier gaps: de-listed and listed again, oldest first") List<DesignatedParty.DelistedPeriod> delistedPeriods,
        @Schema(description = "The entry as published") ListedParty details) {

    static DesignatedPartyView of(DesignatedParty party) {
        return new DesignatedPartyView(party.reference, party.kind, party.listType, party.name, party.listedOn, party.delistedOn,
                party.lastSeenListedOn, party.delistedPeriods.gaps(), party.details);
    }
}
