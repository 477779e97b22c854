package org.embargomonitor.seizures.importing;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.embargomonitor.platform.security.Caller;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One spreadsheet being imported, and how far it has got. */
@Entity
@Table(name = "import_job")
public class ImportJob {

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

    @Column(name = "total_rows")
    public int totalRows;

    @Column(name = "rows_done")
    public int rowsDone;

    @Column(name = "rows_rejected")
    public int rowsRejected;

    @Column(name = "seizures_created")
    public int seizuresCreated;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    /** Who submitted it, with the assignments that scope what the import may record, as they were then. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "submitted_as")
    public Caller submittedAs;
}
