package org.embargomonitor.search.alerts;

/** A record that matched a saved search when it was indexed. */
public record Alert(String savedSearchId, String savedSearchName, String owner, String recordId, String reference,
        String operation, String countryCode, String occurredAt, String matchedAt) {
}
