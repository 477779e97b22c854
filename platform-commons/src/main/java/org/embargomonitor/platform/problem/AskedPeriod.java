package org.embargomonitor.platform.problem;

import java.time.LocalDate;

/**
 * The one rule for the days a caller asks about with {@code from} and {@code to}, in every list, search and
 * indicator: each within the years a record can have, and {@code to} not before {@code from}.
 */
public final class AskedPeriod {

    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private AskedPeriod() {
    }

    /** Refuses, naming the parameter, a period no record can fall in. */
    public static void check(LocalDate from, LocalDate to) {
        checkDay(from, "from");
        checkDay(to, "to");
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.invalid("to", "is before from (" + from + ")");
        }
    }

    private static void checkDay(LocalDate day, String parameter) {
        if (day != null && (day.isBefore(EARLIEST) || day.isAfter(LATEST))) {
            throw ProblemException.invalid(parameter, "must be between " + EARLIEST + " and " + LATEST);
        }
    }
}
