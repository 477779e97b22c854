package org.embargomonitor.search.query;

import java.util.Map;

/** A record as stored in the records index. */
public record IndexedRecord(String id, String reference, String operation, String countryCode, String occurredAt,
        String circumstance, String placeName, String narrative, Map<String, Double> location) {
}
