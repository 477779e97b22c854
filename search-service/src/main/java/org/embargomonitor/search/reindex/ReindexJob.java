package org.embargomonitor.search.reindex;

import java.time.OffsetDateTime;
import java.util.UUID;

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

    static ReindexJob started(String source, String target, String reason) {
        return new ReindexJob(UUID.randomUUID(), source, target, State.COPYING, reason, 0, 0, 0, null, OffsetDateTime.now(), null);
    }

    @JsonProperty("percent")
    public int percent() {
        if (state == State.DONE) {
            return 100;
        }
        return total == 0 ? 0 : (int) Math.min(99, (copied + skippedAsOlder) * 100 / total);
    }

    ReindexJob progressed(long total, long copied, long skippedAsOlder) {
        return new ReindexJob(id, source, target, state, reason, total, copied, skippedAsOlder, null, startedAt, null);
    }

    ReindexJob done() {
        return new ReindexJob(id, source, target, State.DONE, reason, total, copied, skippedAsOlder, null, startedAt, OffsetDateTime.now());
    }

    ReindexJob failed(String failure) {
        return new ReindexJob(id, source, target, State.FAILED, reason, total, copied, skippedAsOlder, failure, startedAt, OffsetDateTime.now());
    }
}
