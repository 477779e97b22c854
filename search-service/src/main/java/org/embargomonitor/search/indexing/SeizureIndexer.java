package org.embargomonitor.search.indexing;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.embargomonitor.search.alerts.SavedSearches;
import org.embargomonitor.search.events.BatchIndexing;
import org.embargomonitor.search.events.EventReader;
import org.embargomonitor.search.opensearch.RecordsIndex;
import org.embargomonitor.search.query.IndexedRecord;
import org.opensearch.client.opensearch._types.VersionType;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;

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

    private final BatchIndexing indexing;
    private final RecordsIndex index;
    private final SavedSearches savedSearches;
    private final ObjectMapper json;

    SeizureIndexer(BatchIndexing indexing, RecordsIndex index, SavedSearches savedSearches, ObjectMapper json) {
        this.indexing = indexing;
        this.index = index;
        this.savedSearches = savedSearches;
        this.json = json;
    }

    @Incoming(CHANNEL)
    public Uni<Void> index(ConsumerRecords<String, String> events) {
        return indexing.index(CHANNEL, "seizures", events, this::read,
                (a, b) -> a.document().version() >= b.document().version() ? a : b)
                .chain(savedSearches::alertOn);
    }

    private BatchIndexing.Indexed<IndexedRecord> read(String event) {
        IndexedRecord record = SeizureDocuments.of(EventReader.payload(json, event, "seizure", EventSeizure.class));
        return new BatchIndexing.Indexed<>(record.id(), record, BulkOperation.of(op -> op.index(i -> i.index(index.writeAlias())
                .id(record.id()).version(record.version()).versionType(VersionType.ExternalGte).document(record))));
    }
}
