package org.embargomonitor.search.findings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What the search index reads of the finding a finding event carries (docs/events/finding-event.schema.json); the
 * other fields are ignored. EventContractsTest holds it to the schema.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EventFinding(String id, String seizureId, String itemId, String rule, String regimeCode, String status, String confidence,
        String citation, String explanation, long version) {
}
