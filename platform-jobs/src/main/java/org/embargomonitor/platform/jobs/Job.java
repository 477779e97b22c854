package org.embargomonitor.platform.jobs;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A background job: what it is, who asked, which replica runs it until when, and how far it got. */
@Entity
@Table(name = "job")
public class Job {

    public enum Status {
        QUEUED, RUNNING, DONE, FAILED;

        public boolean finished() {
            return this == DONE || this == FAILED;
        }
    }

    @Id
    public UUID id;

    /** Which {@link JobKind} runs it. */
    public String kind;

    public String description;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    /** The replica running it, while {@link #leaseUntil} is ahead. */
    @Column(name = "claimed_by")
    public String claimedBy;

    @Column(name = "lease_until")
    public OffsetDateTime leaseUntil;

    /** How many times a replica started it (more than once: it was resumed). */
    public int attempts;

    public long total;

    public long done;

    /** Where a resumed run goes on from, as the job's kind wrote it. */
    public String checkpoint;

    /** What the kind counts besides the progress (findings raised, entries added, ...). */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Long> counts = new LinkedHashMap<>();

    public String failure;

    @Column(name = "started_at")
    public OffsetDateTime startedAt;

    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;

    public long count(String name) {
        return counts.getOrDefault(name, 0L);
    }

    /** 0 to 100; 100 once done. */
    public int percentDone() {
        if (status == Status.DONE) {
            return 100;
        }
        return total == 0 ? 0 : (int) Math.min(99, 100 * done / total);
    }
}
