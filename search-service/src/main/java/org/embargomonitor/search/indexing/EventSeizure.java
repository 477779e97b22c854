package org.embargomonitor.search.indexing;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What the search index reads of the seizure a seizure event carries (docs/events/seizure-event.schema.json); the
 * other fields are ignored. EventContractsTest holds it to the schema.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EventSeizure(String id, long version, String reference, String operation, String countryCode, String occurredAt,
        String circumstance, String placeName, String narrative, Possessor possessor, Double latitude, Double longitude, List<Item> items) {

    public EventSeizure {
        items = items == null ? List.of() : items;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Possessor(String description) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Item(String id, int position, String category, String make, String model, String calibre, String calibreCanonical,
            String manufacturer, String serialNumber, String serialNumberNormalised, String lotNumber, String lotNumberNormalised,
            String headstamp, String markingState, String status) {
    }
}
