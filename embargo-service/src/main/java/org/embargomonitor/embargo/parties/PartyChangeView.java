package org.embargomonitor.embargo.parties;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PartyChange")
public record PartyChangeView(String reference, String name, String listType, PartyChange.Kind kind,
        @Schema(description = "For CHANGED: the fields that differ") List<String> fields) {

    static PartyChangeView of(PartyChange change) {
        return new PartyChangeView(change.reference, change.name, change.listType, change.kind,
                change.fields == null ? List.of() : List.of(change.fields));
    }
}
