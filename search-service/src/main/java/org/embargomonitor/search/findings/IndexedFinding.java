package org.embargomonitor.search.findings;

import java.util.Map;

/** A compliance finding as stored in the records index: a child of its seizure's record. */
public record IndexedFinding(Map<String, String> relation, String seizureId, String itemId, String rule, String regimeCode,
        String status, String confidence, String citation, String explanation) {

    public static final String RELATION = "finding";
}
