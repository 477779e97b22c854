package org.embargomonitor.search.indexing;

import java.util.List;
import java.util.Map;

import org.embargomonitor.search.query.IndexedRecord;

/** Turns the seizure carried by a seizure event (docs/events/seizure-event.schema.json) into its search document. */
final class SeizureDocuments {

    private SeizureDocuments() {
    }

    static IndexedRecord of(EventSeizure s) {
        List<IndexedRecord.Item> items = s.items().stream().map(i -> new IndexedRecord.Item(i.id(), i.position(), i.category(), i.make(),
                i.model(), i.calibreCanonical() != null ? i.calibreCanonical() : i.calibre(), i.manufacturer(), i.serialNumber(),
                i.serialNumberNormalised(), i.lotNumber(), i.lotNumberNormalised(), i.headstamp(), i.markingState(), i.status())).toList();
        Map<String, Double> location = s.latitude() != null && s.longitude() != null ? Map.of("lat", s.latitude(), "lon", s.longitude()) : null;
        return new IndexedRecord(IndexedRecord.RELATION, s.id(), s.version(), s.reference(), s.operation(), s.countryCode(), s.occurredAt(),
                s.circumstance(), s.placeName(), s.narrative(), s.possessor() == null ? null : s.possessor().description(), location, items);
    }
}
