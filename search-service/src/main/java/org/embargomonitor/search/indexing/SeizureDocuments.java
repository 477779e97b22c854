package org.embargomonitor.search.indexing;

import static org.embargomonitor.search.indexing.EventReader.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.embargomonitor.search.query.IndexedRecord;

import com.fasterxml.jackson.databind.JsonNode;

/** Turns the seizure carried by a seizure event (docs/events/seizure-event.schema.json) into its search document. */
final class SeizureDocuments {

    private SeizureDocuments() {
    }

    static IndexedRecord of(JsonNode s) {
        List<IndexedRecord.Item> items = new ArrayList<>();
        for (JsonNode i : s.path("items")) {
            items.add(new IndexedRecord.Item(text(i, "id"), i.path("position").asInt(), text(i, "category"), text(i, "make"), text(i, "model"),
                    text(i, "calibreCanonical") != null ? text(i, "calibreCanonical") : text(i, "calibre"),
                    text(i, "manufacturer"), text(i, "serialNumber"), text(i, "serialNumberNormalised"), text(i, "lotNumber"),
                    text(i, "lotNumberNormalised"), text(i, "headstamp"), text(i, "markingState"), text(i, "status")));
        }
        Map<String, Double> location = s.hasNonNull("latitude") && s.hasNonNull("longitude")
                ? Map.of("lat", s.get("latitude").asDouble(), "lon", s.get("longitude").asDouble())
                : null;
        return new IndexedRecord(IndexedRecord.RELATION, text(s, "id"), s.path("version").asLong(), text(s, "reference"), text(s, "operation"),
                text(s, "countryCode"), text(s, "occurredAt"), text(s, "circumstance"), text(s, "placeName"),
                text(s, "narrative"), text(s.path("possessor"), "description"), location, items);
    }

}
