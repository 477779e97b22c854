package org.embargomonitor.seizures.importing;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.embargomonitor.platform.jobs.Job;

/** An import's progress: rows read so far, rows rejected, seizures created. */
public record ImportJobView(UUID id, String fileName, ImportJob.Format format, Job.Status status, int totalRows,
        int rowsDone, int rowsRejected, int seizuresCreated, int percentDone, String failure, String submittedBy,
        OffsetDateTime submittedAt, OffsetDateTime finishedAt) {

    /** The import with its job's state. */
    public static ImportJobView of(ImportJob j, Job job) {
        int percent = job.status == Job.Status.DONE ? 100 : j.totalRows == 0 ? 0 : Math.min(99, j.rowsDone * 100 / j.totalRows);
        return new ImportJobView(j.id, j.fileName, j.format, job.status, j.totalRows, j.rowsDone, j.rowsRejected,
                j.seizuresCreated, percent, job.failure, j.submittedBy, j.submittedAt, job.finishedAt);
    }
}
