package org.embargomonitor.search.indexing;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.embargomonitor.search.opensearch.RecordsIndex;
import org.embargomonitor.search.query.IndexedRecord;
import org.jboss.logging.Logger;
import org.opensearch.client.opensearch.OpenSearchAsyncClient;
import org.opensearch.client.opensearch._types.VersionType;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;

/**
 * Indexes seizure events, a batch at a time, in one bulk request. Each document carries the seizure's version
 * as an external version, so a redelivered or older event never overwrites a newer document. A batch is
 * acknowledged, and its Kafka offsets committed, only once OpenSearch has taken it; while OpenSearch is down the
 * batch is retried with back-off, so no event is lost or skipped.
 */
@ApplicationScoped
public class SeizureIndexer {

    static final String CHANNEL = "seizure-events";
    static final int SCHEMA_VERSION = 1;
    private static final String VERSION_CONFLICT = "version_conflict_engine_exception";
    private static final Logger LOG = Logger.getLogger(SeizureIndexer.class);

    private final OpenSearchAsyncClient client;
    private final RecordsIndex index;
    private final ObjectMapper json;

    SeizureIndexer(OpenSearchAsyncClient client, RecordsIndex index, ObjectMapper json) {
        this.client = client;
        this.index = index;
        this.json = json;
    }

    @Incoming(CHANNEL)
    public Uni<Void> index(List<String> events) {
        Map<String, IndexedRecord> newest = new LinkedHashMap<>();
        for (String event : events) {
            IndexedRecord record = readable(event);
            if (record != null) {
                newest.merge(record.id(), record, (a, b) -> a.version() >= b.version() ? a : b);
            }
        }
        if (newest.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<BulkOperation> operations = new ArrayList<>();
        newest.values().forEach(record -> operations.add(BulkOperation.of(op -> op.index(i -> i.index(index.alias())
                .id(record.id()).version(record.version()).versionType(VersionType.ExternalGte).document(record)))));
        return Uni.createFrom().deferred(() -> bulk(operations))
                .invoke(this::failOnRealErrors)
                .onFailure().invoke(failure -> LOG.warnf("Indexing %d seizures will be retried: %s", operations.size(), failure.getMessage()))
                .onFailure().retry().withBackOff(Duration.ofMillis(250), Duration.ofSeconds(15)).indefinitely()
                .replaceWithVoid();
    }

    private Uni<BulkResponse> bulk(List<BulkOperation> operations) {
        try {
            return Uni.createFrom().completionStage(client.bulk(b -> b.operations(operations)));
        } catch (IOException e) {
            return Uni.createFrom().failure(e);
        }
    }

    /** Version conflicts mean a newer document is there already: that is success. */
    private void failOnRealErrors(BulkResponse response) {
        if (!response.errors()) {
            return;
        }
        for (BulkResponseItem item : response.items()) {
            if (item.error() != null && !VERSION_CONFLICT.equals(item.error().type())) {
                throw new IllegalStateException("OpenSearch refused seizure " + item.id() + ": " + item.error().reason());
            }
        }
    }

    /** The event's document; null, and logged, for an event this service cannot read (it must not block the rest). */
    private IndexedRecord readable(String event) {
        try {
            JsonNode tree = json.readTree(event);
            if (tree.path("schemaVersion").asInt() != SCHEMA_VERSION || !tree.hasNonNull("seizure")) {
                LOG.errorf("Skipping a seizure event of schema version %s: %s", tree.path("schemaVersion"), abbreviated(event));
                return null;
            }
            return SeizureDocuments.of(tree.get("seizure"));
        } catch (IOException e) {
            LOG.errorf("Skipping a seizure event that is not JSON: %s", abbreviated(event));
            return null;
        }
    }

    private static String abbreviated(String event) {
        return event.length() > 200 ? event.substring(0, 200) + "…" : event;
    }
}
