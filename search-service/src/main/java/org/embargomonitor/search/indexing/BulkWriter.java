package org.embargomonitor.search.indexing;

import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.embargomonitor.search.opensearch.Calls;
import org.jboss.logging.Logger;
import org.opensearch.client.opensearch.OpenSearchAsyncClient;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;

import io.smallrye.mutiny.Uni;

/**
 * Writes a batch of documents in one bulk request, records through the write alias (never into an index created by
 * accident), retrying with back-off while OpenSearch is down or refuses, until it is acknowledged. A version
 * conflict means a newer document, or the same one, is there already, which is success.
 */
@ApplicationScoped
public class BulkWriter {

    private static final String VERSION_CONFLICT = "version_conflict_engine_exception";
    private static final Logger LOG = Logger.getLogger(BulkWriter.class);

    private final OpenSearchAsyncClient client;

    BulkWriter(OpenSearchAsyncClient client) {
        this.client = client;
    }

    /** Writes through the records write alias, retrying until OpenSearch acknowledges. */
    public Uni<Void> write(String what, List<BulkOperation> operations) {
        return writeOnce(what, operations, true)
                .onFailure().invoke(failure -> LOG.warnf("Indexing %d %s will be retried: %s", operations.size(), what, failure.getMessage()))
                .onFailure().retry().withBackOff(Duration.ofMillis(250), Duration.ofSeconds(15)).indefinitely();
    }

    /** One bulk request; fails unless every operation succeeded or met a newer version. */
    public Uni<Void> writeOnce(String what, List<BulkOperation> operations, boolean throughAlias) {
        if (operations.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Calls.uni(() -> client.bulk(b -> b.operations(operations).requireAlias(throughAlias)))
                .invoke(response -> failOnRealErrors(what, response))
                .replaceWithVoid();
    }

    private static void failOnRealErrors(String what, BulkResponse response) {
        if (!response.errors()) {
            return;
        }
        for (BulkResponseItem item : response.items()) {
            if (item.error() != null && !VERSION_CONFLICT.equals(item.error().type())) {
                throw new IllegalStateException("OpenSearch refused " + what + " " + item.id() + ": " + item.error().reason());
            }
        }
    }
}
