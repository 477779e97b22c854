package org.embargomonitor.seizures.tracing;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A reminder sent to a State that has not answered. */
@Entity
@Table(name = "tracing_reminder")
public class TracingReminder {

    @Id
    public UUID id;

    @Column(name = "tracing_request_id")
    public UUID tracingRequestId;

    @Column(name = "sent_on")
    public LocalDate sentOn;

    @Column(name = "sent_by")
    public String sentBy;
}
