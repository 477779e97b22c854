package org.embargomonitor.search.evidence;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What the search index reads of the evidence an evidence event carries (docs/events/evidence-event.schema.json);
 * the other fields are ignored. EventContractsTest holds it to the schema.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EventEvidence(String id, String seizureId, String itemId, String fileName, String mediaType, String description) {
}
