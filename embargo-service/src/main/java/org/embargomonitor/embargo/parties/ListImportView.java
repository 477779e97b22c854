package org.embargomonitor.embargo.parties;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.embargomonitor.platform.jobs.Job;

@Schema(name = "ListImport")
public record ListImportView(UUID id, String fileName, String fileSha256,
        @Schema(description = "The snapshot's dateGenerated") OffsetDateTime generatedAt,
        Job.Status status, int entriesTotal, int entriesDone,
        @Schema(description = "Share of entries done, 0 to 100") int percentDone,
        int added, int changed, int delisted, int relisted, int unchanged, String failure,
        String submittedBy, OffsetDateTime submittedAt, OffsetDateTime finishedAt) {

    /** The import with its job's state. */
    static ListImportView of(ListImport list, Job job) {
        int percent = job.status == Job.Status.DONE ? 100
                : list.entriesTotal == 0 ? 0 : (int) Math.min(99, 100L * list.entriesDone / list.entriesTotal);
        return new ListImportView(list.id, list.fileName, list.fileSha256, list.generatedAt, job.status, list.entriesTotal,
                list.entriesDone, percent, list.added, list.changed, list.delisted, list.relisted, list.unchanged, job.failure,
                list.submittedBy, list.submittedAt, job.finishedAt);
    }
}
