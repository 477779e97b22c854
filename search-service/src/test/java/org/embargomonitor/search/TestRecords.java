package org.embargomonitor.search;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.embargomonitor.platform.MarkNormaliser;
import org.embargomonitor.search.opensearch.RecordsIndex;
import org.embargomonitor.search.query.IndexedRecord;
import org.opensearch.client.opensearch.OpenSearchAsyncClient;
import org.opensearch.client.opensearch._types.Refresh;

/** Writes records straight into the real records index, through its write alias, visible at once. */
public final class TestRecords {

    private TestRecords() {
    }

    public static String marker() {
        return "m" + UUID.randomUUID().toString().replace("-", "");
    }

    public static IndexedRecord.Item rifle(String make, String model, String serial, String lot, String headstamp) {
        return new IndexedRecord.Item(UUID.randomUUID().toString(), 1, "ASSAULT_RIFLE", make, model, "7.62x39mm", null, serial,
                MarkNormaliser.normalise(serial), lot, MarkNormaliser.normalise(lot), headstamp, "INTACT", "RECORDED");
    }

    public static IndexedRecord record(String operation, String country, String narrative, IndexedRecord.Item... items) {
        String id = UUID.randomUUID().toString();
        return new IndexedRecord(IndexedRecord.RELATION, id, 0, "REF-" + id.substring(0, 8), operation, country, "2026-02-01T10:00:00Z",
                "SEIZED", "Bria", narrative, null, Map.of("lat", 6.5, "lon", 21.9), List.of(items));
    }

    public static IndexedRecord index(OpenSearchAsyncClient client, RecordsIndex index, IndexedRecord record) throws Exception {
        client.index(i -> i.index(index.writeAlias()).id(record.id()).document(record).refresh(Refresh.True)).get();
        return record;
    }
}
