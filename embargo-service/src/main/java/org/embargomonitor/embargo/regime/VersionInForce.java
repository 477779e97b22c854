package org.embargomonitor.embargo.regime;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A regime's version in force on some date, with what a compliance rule needs to cite it; {@code listTypes}: the
 * Consolidated List types whose parties it reaches, the regime's unless the version names its own.
 */
public record VersionInForce(
        String regimeCode,
        String regimeName,
        LocalDate regimeStart,
        List<String> listTypes,
        UUID versionId,
        LocalDate effectiveFrom,
        boolean effectiveFromUncertain,
        String setBy,
        RegimeTerms terms,
        LocalDate renewedUntil) {

    public VersionInForce {
        listTypes = terms.targets().listTypes().isEmpty() ? List.copyOf(listTypes) : terms.targets().listTypes();
    }

    public boolean isEmbargo() {
        return terms.kind() != RegimeKind.LIFTED;
    }

    /** Whether, on that date, the measures had run past the day they were last renewed to. */
    public boolean pastRenewalOn(LocalDate date) {
        return renewedUntil != null && date.isAfter(renewedUntil);
    }
}
