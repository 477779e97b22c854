package org.embargomonitor.embargo.indicators;

/**
 * The indicators of a set of seizure records: the first ones of what was collected in the period (and what has become
 * of it since), the last five of what happened in the period to weapons collected at any time (national reports).
 * Items are weapons (small arms and light weapons, by quantity); ammunition is counted in rounds. Rates are null when their denominator is zero. Findings other than confirmed
 * are null for callers who see confirmed findings only.
 */
public record Figures(
        long seizures,
        long itemsSeized,
        long itemsFound,
        long itemsSurrendered,
        long itemsCaptured,
        long itemsTraced,
        Double tracedProportion,
        long itemsWithMarksRecorded,
        long itemsWithIntactMarks,
        Double intactMarksShare,
        long itemsDestroyed,
        Double destructionRate,
        long seizuresAtBorder,
        long seizuresInland,
        long seizuresAtSea,
        long ammunitionRounds,
        Long findingsOpen,
        long findingsConfirmed,
        Long findingsDismissed,
        long tracingRequestsOverdue,
        long weaponsRecorded,
        long weaponsMarked,
        long weaponsDestroyed,
        long tracingRequestsSent,
        long tracingRequestsAnswered) {
}
