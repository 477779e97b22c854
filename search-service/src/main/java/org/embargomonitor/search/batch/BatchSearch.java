package org.embargomonitor.search.batch;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A batch search: its lines, how far it has gone and what each line found. */
public record BatchSearch(String id, String owner, BatchKind kind, State state, int total, int done, String createdAt,
        String finishedAt, List<Line> lines) {

    public enum State {
        RUNNING,
        DONE,
        FAILED
    }

    /** One line of the batch and the records it found (the first few; {@code hits} counts all). */
    public record Line(int line, String value, long hits, List<Found> records, String error) {
    }

    public record Found(String id, String reference, String countryCode, String occurredAt) {
    }

    @JsonProperty("percent")
    public int percent() {
        return total == 0 ? 100 : done * 100 / total;
    }
}
