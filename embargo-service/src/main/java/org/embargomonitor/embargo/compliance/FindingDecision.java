package org.embargomonitor.embargo.compliance;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An expert's decision on a finding, kept for the audit. */
@Entity
@Table(name = "finding_decision")
public class FindingDecision {

    public enum Decision {
        CONFIRM, DISMISS
    }

    @Id
    public UUID id;

    @Column(name = "finding_id")
    public UUID findingId;

    @Enumerated(EnumType.STRING)
    public Decision decision;

    public String reason;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;
}
