package org.embargomonitor.search.indexing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.embargomonitor.search.alerts.SavedSearches;
import org.embargomonitor.search.opensearch.RecordsIndex;
import org.embargomonitor.search.query.IndexedRecord;
import org.opensearch.client.opensearch._types.VersionType;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;

/**
 * Indexes seizure events, a batch at a time, in one bulk request. Each document carries the seizure's version
 * as an external version, so a redelivered or older event never overwrites a newer document. A batch is
 * acknowledged, and its Kafka offsets committed, only once OpenSearch has taken it; then the saved searches that
 * match the new versions raise their alerts.
 */
@ApplicationScoped
public class SeizureIndexer {

    static final String CHANNEL = "seizure-events";

    private final BulkWriter writer;
    private final RecordsIndex index;
    private final SavedSearches savedSearches;
    private final ObjectMapper json;

    SeizureIndexer(BulkWriter writer, RecordsIndex index, SavedSearches savedSearches, ObjectMapper json) {
        this.writer = writer;
        this.index = index;
        this.savedSearches = savedSearches;
        this.json = json;
    }

    @Incoming(CHANNEL)
    public Uni<Void> index(List<String> events) {
        Map<String, IndexedRecord> newest = new LinkedHashMap<>();
        for (String event : events) {
            JsonNode seizure = EventReader.payload(json, event, "seizure");
            if (seizure != null) {
                IndexedRecord record = SeizureDocuments.of(seizure);
                newest.merge(record.id(), record, (a, b) -> a.version() >= b.version() ? a : b);
            }
        }
        List<BulkOperation> operations = newest.values().stream()
                .map(record -> BulkOperation.of(op -> op.index(i -> i.index(index.writeAlias()).id(record.id())
                        .version(record.version()).versionType(VersionType.ExternalGte).document(record))))
                .toList();
        return writer.write("seizures", operations)
                .chain(() -> savedSearches.alertOn(List.copyOf(newest.values())));
    }
}
