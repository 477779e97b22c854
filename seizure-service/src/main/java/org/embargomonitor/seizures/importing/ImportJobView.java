package org.embargomonitor.seizures.importing;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An import's progress: rows read so far, rows rejected, seizures created. */
public record ImportJobView(UUID id, String fileName, ImportJob.Format format, ImportJob.Status status, int totalRows,
        int rowsDone, int rowsRejected, int seizuresCreated, int percentDone, String failure, String submittedBy,
        OffsetDateTime submittedAt, OffsetDateTime finishedAt) {

    public static ImportJobView of(ImportJob j) {
        int percent = j.status == ImportJob.Status.DONE ? 100 : j.totalRows == 0 ? 0 : j.rowsDone * 100 / j.totalRows;
        return new ImportJobView(j.id, j.fileName, j.format, j.status, j.totalRows, j.rowsDone, j.rowsRejected,
                j.seizuresCreated, percent, j.failure, j.submittedBy, j.submittedAt, j.finishedAt);
    }
}
