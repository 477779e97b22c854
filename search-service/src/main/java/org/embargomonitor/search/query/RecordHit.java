package org.embargomonitor.search.query;

import java.util.List;

/** One record found, with the passages that matched. */
public record RecordHit(String id, String reference, String operation, String countryCode, String occurredAt,
        String placeName, String circumstance, double score, List<String> highlights) {
}
