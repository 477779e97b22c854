package org.embargomonitor.platform.problem;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reads ISO dates from query parameters. JAX-RS answers 404 when it cannot convert a query parameter; a client's
 * mistyped date deserves a 400 naming the parameter instead.
 */
public final class QueryDates {

    private QueryDates() {
    }

    /** The date, or null when the parameter is absent or blank. */
    public static LocalDate optional(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(parameter, "must be a date as YYYY-MM-DD, not " + value);
        }
    }
}
