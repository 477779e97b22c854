package org.embargomonitor.search.reindex;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.embargomonitor.platform.jobs.Job;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A reindex from one records index into a new one, and how far it has gone. */
public record ReindexJob(UUID id, String source, String target, State state, String reason, long total, long copied,
        long skippedAsOlder, String failure, OffsetDateTime startedAt, OffsetDateTime finishedAt) {

    public enum State {
        /** Documents are being copied; searches still read the source, new writes already go to the target. */
        COPYING,
        /** Searches read the target; the source is kept, detached, until an operator deletes it. */
        DONE,
        FAILED
    }

    /** The reindex with its job's state and counts. */
    static ReindexJob of(Reindex reindex, Job job) {
        State state = switch (job.status) {
            case DONE -> State.DONE;
            case FAILED -> State.FAILED;
            case QUEUED, RUNNING -> State.COPYING;
        };
        return new ReindexJob(reindex.id, reindex.source, reindex.target, state, reindex.reason, job.total,
                job.count(Reindexing.COPIED), job.count(Reindexing.SKIPPED_AS_OLDER), job.failure, reindex.startedAt, job.finishedAt);
    }

    @JsonProperty("percent")
    public int percent() {
        if (state == State.DONE) {
            return 100;
        }
        return total == 0 ? 0 : (int) Math.min(99, (copied + skippedAsOlder) * 100 / total);
    }
}
