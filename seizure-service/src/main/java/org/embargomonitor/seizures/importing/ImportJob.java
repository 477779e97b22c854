package org.embargomonitor.seizures.importing;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One spreadsheet being imported, and how far it has got. */
@Entity
@Table(name = "import_job")
public class ImportJob {

    public enum Status {
        QUEUED, RUNNING, DONE, FAILED
    }

    public enum Format {
        CSV, XLSX
    }

    @Id
    public UUID id;

    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "file_name")
    public String fileName;

    @Enumerated(EnumType.STRING)
    public Format format;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "total_rows")
    public int totalRows;

    @Column(name = "rows_done")
    public int rowsDone;

    @Column(name = "rows_rejected")
    public int rowsRejected;

    @Column(name = "seizures_created")
    public int seizuresCreated;

    /** Why the whole file could not be read, when it could not. */
    public String failure;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;
}
