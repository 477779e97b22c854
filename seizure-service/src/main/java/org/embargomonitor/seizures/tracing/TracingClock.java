package org.embargomonitor.seizures.tracing;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/**
 * Where a tracing request stands against its due date on a given day: overdue once the due date has passed with no
 * answer, and a reminder due on the due date, then every interval after the last reminder sent.
 */
public record TracingClock(LocalDate today, int reminderIntervalDays) {

    public boolean overdue(TracingRequest request) {
        return request.outcome == null && today.isAfter(request.dueOn);
    }

    public long daysOverdue(TracingRequest request) {
        return overdue(request) ? ChronoUnit.DAYS.between(request.dueOn, today) : 0;
    }

    /** The day the next reminder should go, or null once the request is concluded. */
    public LocalDate nextReminderOn(TracingRequest request, List<TracingReminder> reminders) {
        if (request.outcome != null) {
            return null;
        }
        return reminders.stream().map(r -> r.sentOn).max(Comparator.naturalOrder())
                .map(last -> last.plusDays(reminderIntervalDays))
                .filter(next -> next.isAfter(request.dueOn))
                .orElse(request.dueOn);
    }
}
