package org.embargomonitor.seizures.custody;

import java.util.Map;
import java.util.UUID;

/** A change to append to the chain of custody. */
public record CustodyChange(String subjectType, UUID subjectId, String action, String reason, Map<String, Object> change) {

    public static final String SEIZURE = "SEIZURE";
    public static final String ITEM = "ITEM";
    public static final String EVIDENCE = "EVIDENCE";
}
