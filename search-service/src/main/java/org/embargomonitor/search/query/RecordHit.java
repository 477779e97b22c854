package org.embargomonitor.search.query;

import java.util.List;

/** One record found, with the passages that matched in its narrative and in its evidence documents. */
public record RecordHit(String id, String reference, String operation, String countryCode, String occurredAt,
        String placeName, Double latitude, Double longitude, String circumstance, double score, List<String> highlights,
        List<DocumentHit> documents) {

    /** An evidence document of the record whose text matched. */
    public record DocumentHit(String evidenceId, String fileName, String mediaType, List<String> highlights) {
    }
}
