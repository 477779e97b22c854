package org.embargomonitor.search.query;

import java.util.List;
import java.util.Map;

/** A seizure record as stored in the records index: the parent of its documents and findings. */
public record IndexedRecord(String relation, String id, long version, String reference, String operation, String countryCode,
        String occurredAt, String circumstance, String placeName, String narrative, String possessor,
        Map<String, Double> location, List<Item> items) {

    public static final String RELATION = "record";

    /** The item fields that are searched and faceted on. */
    public record Item(String id, int position, String category, String make, String model, String calibre, String manufacturer, String serialNumber,
            String serialNumberNormalised, String lotNumber, String lotNumberNormalised, String headstamp,
            String markingState, String status) {
    }
}
