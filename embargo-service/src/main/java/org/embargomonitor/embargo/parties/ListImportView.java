package org.embargomonitor.embargo.parties;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ListImport")
public record ListImportView(UUID id, String fileName, String fileSha256,
        @Schema(description = "The snapshot's dateGenerated") OffsetDateTime generatedAt,
        ListImport.Status status, int entriesTotal, int entriesDone,
        @Schema(description = "Share of entries done, 0 to 100") int percentDone,
        int added, int changed, int delisted, int relisted, int unchanged, String failure,
        String submittedBy, OffsetDateTime submittedAt, OffsetDateTime finishedAt) {

    static ListImportView of(ListImport job) {
        int percent = job.status == ListImport.Status.DONE ? 100
                : job.entriesTotal == 0 ? 0 : (int) (100L * job.entriesDone / job.entriesTotal);
        return new ListImportView(job.id, job.fileName, job.fileSha256, job.generatedAt, job.status, job.entriesTotal,
                job.entriesDone, percent, job.added, job.changed, job.delisted, job.relisted, job.unchanged, job.failure,
                job.submittedBy, job.submittedAt, job.finishedAt);
    }
}
