package org.embargomonitor.embargo.compliance;

import java.util.List;

import io.smallrye.mutiny.Uni;

/** Keeps something derived from each record as it is stored, in the same transaction (the indicators' figures). */
public interface RecordStoredListener {

    /** The records stored together, each once. */
    Uni<Void> stored(List<SeizureFacts> records);
}
