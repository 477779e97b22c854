package org.embargomonitor.seizures.tracing;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record TracingRequestView(UUID id, UUID seizureId, UUID itemId, String stateCode, LocalDate sentOn, LocalDate dueOn,
        String panel, UUID letterId, String note, String requestedBy, List<LocalDate> reminders, LocalDate nextReminderOn,
        boolean open, boolean overdue, long daysOverdue, TracingOutcome outcome, LocalDate responseReceivedOn,
        String responseSummary, String lastLegalOwner, String exportLicence, LocalDate diversionDate, String diversionCountry, String concludedBy) {

    public static TracingRequestView of(TracingRequest r, List<TracingReminder> reminders, TracingClock clock) {
        return new TracingRequestView(r.id, r.seizureId, r.itemId, r.stateCode, r.sentOn, r.dueOn, r.panel, r.letterId, r.note,
                r.requestedBy, reminders.stream().map(m -> m.sentOn).sorted().toList(), clock.nextReminderOn(r, reminders),
                r.outcome == null, clock.overdue(r), clock.daysOverdue(r), r.outcome, r.responseReceivedOn,
                r.responseSummary, r.lastLegalOwner, r.exportLicence, r.diversionDate, r.diversionCountry, r.concludedBy);
    }
}
