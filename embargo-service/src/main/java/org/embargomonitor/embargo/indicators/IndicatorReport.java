package org.embargomonitor.embargo.indicators;

import java.time.LocalDate;
import java.util.List;

/**
 * Indicators with the exact filter that produced them and, for each figure set, the search that lists the records
 * behind it, so that anyone can reproduce a figure.
 */
public record IndicatorReport(AppliedFilter filter, Figures totals, String records, List<PeriodReport> series, List<Place> places) {

    /** The filter as applied: the caller's scope and the regime's countries already taken into account. */
    public record AppliedFilter(String regime, List<String> countries, String operation, LocalDate from, LocalDate to,
            String period, LocalDate asOf, boolean confirmedFindingsOnly) {
    }

    public record PeriodReport(String period, LocalDate from, LocalDate to, Figures figures, String records) {
    }

    /** Where seizures were made, for the map: one point per place, with how many seizures and weapons. */
    public record Place(double latitude, double longitude, String placeName, String countryCode, long seizures, long items) {
    }
}
