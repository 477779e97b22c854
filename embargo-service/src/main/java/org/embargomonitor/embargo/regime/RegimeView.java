package org.embargomonitor.embargo.regime;

import java.time.LocalDate;

public record RegimeView(String code, String name, String committee, RegimeKind kind, String establishedBy,
        LocalDate establishedOn, String summary, String source, boolean fromCatalogue) {

    public static RegimeView of(Regime r) {
        return new RegimeView(r.code, r.name, r.committee, r.kind, r.establishedBy, r.establishedOn, r.summary, r.source,
                r.fromCatalogue);
    }
}
