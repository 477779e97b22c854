package org.embargomonitor.embargo.compliance;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Evaluating every stored record again, after a regime or the list changed, with progress. */
@Entity
@Table(name = "evaluation_job")
public class EvaluationJob {

    public enum Status {
        QUEUED, RUNNING, DONE, FAILED
    }

    @Id
    public UUID id;

    public String reason;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "records_total")
    public int recordsTotal;

    @Column(name = "records_done")
    public int recordsDone;

    @Column(name = "findings_raised")
    public int findingsRaised;

    public String failure;

    @Column(name = "requested_by")
    public String requestedBy;

    @Column(name = "requested_at")
    public OffsetDateTime requestedAt;

    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;
}
