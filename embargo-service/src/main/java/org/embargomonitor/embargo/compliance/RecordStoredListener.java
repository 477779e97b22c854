package org.embargomonitor.embargo.compliance;

import io.smallrye.mutiny.Uni;

/** Keeps something derived from each record as it is stored, in the same transaction (the indicators' figures). */
public interface RecordStoredListener {

    Uni<Void> stored(SeizureFacts record);
}
