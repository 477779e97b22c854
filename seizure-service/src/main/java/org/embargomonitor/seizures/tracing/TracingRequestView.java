package org.embargomonitor.seizures.tracing;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record TracingRequestView(UUID id, UUID seizureId, UUID itemId, String stateCode, LocalDate sentOn, String note,
        String requestedBy, List<LocalDate> reminders, boolean open, TracingOutcome outcome, LocalDate responseReceivedOn,
        String responseSummary, String lastLegalOwner, String exportLicence, LocalDate diversionDate, String concludedBy) {

    public static TracingRequestView of(TracingRequest r, List<TracingReminder> reminders) {
        return new TracingRequestView(r.id, r.seizureId, r.itemId, r.stateCode, r.sentOn, r.note, r.requestedBy,
                reminders.stream().map(m -> m.sentOn).toList(), r.outcome == null, r.outcome, r.responseReceivedOn,
                r.responseSummary, r.lastLegalOwner, r.exportLicence, r.diversionDate, r.concludedBy);
    }
}
