package org.embargomonitor.seizures.tracing;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How one State, or the States asked about one manufacturer's items, answered a panel's tracing requests. */
@Schema(name = "TracingRate")
public record TracingRate(
        @Schema(description = "The State asked (ISO alpha-3) or the manufacturer (empty when unknown)") String key,
        @Schema(description = "Requests sent in the period") long requests,
        @Schema(description = "Of them, concluded (answered or not) or past their due date: the base of the response rate") long due,
        long answered,
        @Schema(description = "Answered by the due date") long answeredInTime,
        @Schema(description = "answered / due; null when none is due yet") Double responseRate,
        @Schema(description = "Median days from the request to the answer; null when none answered") Double medianDaysToAnswer,
        @Schema(description = "Answers that established the origin or the point of diversion") long established,
        @Schema(description = "established / answered; null when none answered") Double establishedShare,
        @Schema(description = "Still open past their due date") long overdue) {

    public enum By {
        STATE, MANUFACTURER
    }

    static TracingRate of(Object[] row) {
        long due = number(row[2]);
        long answered = number(row[3]);
        long established = number(row[6]);
        return new TracingRate((String) row[0], number(row[1]), due, answered, number(row[4]), share(answered, due),
                row[5] == null ? null : ((Number) row[5]).doubleValue(), established, share(established, answered), number(row[7]));
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static Double share(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
