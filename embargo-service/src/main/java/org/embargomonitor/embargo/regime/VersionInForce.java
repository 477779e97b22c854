package org.embargomonitor.embargo.regime;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A regime's version in force on some date, with what a compliance rule needs to cite it. */
public record VersionInForce(
        String regimeCode,
        String regimeName,
        LocalDate regimeStart,
        List<String> listTypes,
        UUID versionId,
        LocalDate effectiveFrom,
        boolean effectiveFromUncertain,
        String setBy,
        RegimeTerms terms) {

    public boolean isEmbargo() {
        return terms.kind() != RegimeKind.LIFTED;
    }
}
