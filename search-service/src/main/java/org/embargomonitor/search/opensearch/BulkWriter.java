package org.embargomonitor.search.opensearch;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.opensearch.client.opensearch.OpenSearchAsyncClient;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;

import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.mutiny.Uni;

/**
 * Writes a batch of documents in one bulk request, records through the write alias (never into an index created by
 * accident). An attempt has a time limit and is tried again a few times after growing pauses while OpenSearch is
 * down or too busy. A version conflict means a newer document, or the same one, is there already, which is
 * success; a document OpenSearch refuses for what it is (a mapping error) is answered as refused, so that its
 * event alone goes to the dead-letter topic.
 */
@ApplicationScoped
public class BulkWriter {

    private static final String VERSION_CONFLICT = "version_conflict_engine_exception";
    /** Item statuses that say OpenSearch is busy or away, not that the document is wrong. */
    private static final Set<Integer> TRANSIENT = Set.of(429, 500, 502, 503, 504);

    private final OpenSearchAsyncClient client;

    BulkWriter(OpenSearchAsyncClient client) {
        this.client = client;
    }

    /** A document OpenSearch refused, and why. */
    public record Refused(String id, String reason) {
    }

    /** Writes through the records write alias; answers the documents refused for what they are. */
    @Timeout(value = 60, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 4, delay = 500, jitter = 200)
    @ExponentialBackoff(maxDelay = 15_000)
    public Uni<List<Refused>> write(String what, List<BulkOperation> operations) {
        if (operations.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Calls.uni(() -> client.bulk(b -> b.operations(operations).requireAlias(true)))
                .map(response -> refused(what, response));
    }

    /** One bulk request; fails unless every operation succeeded or met a newer version. */
    public Uni<Void> writeOnce(String what, List<BulkOperation> operations, boolean throughAlias) {
        if (operations.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Calls.uni(() -> client.bulk(b -> b.operations(operations).requireAlias(throughAlias)))
                .invoke(response -> {
                    List<Refused> refused = refused(what, response);
                    if (!refused.isEmpty()) {
                        throw new IllegalStateException("OpenSearch refused " + what + " " + refused.get(0).id() + ": " + refused.get(0).reason());
                    }
                })
                .replaceWithVoid();
    }

    private static List<Refused> refused(String what, BulkResponse response) {
        if (!response.errors()) {
            return List.of();
        }
        List<Refused> refused = new ArrayList<>();
        for (BulkResponseItem item : response.items()) {
            if (item.error() == null || VERSION_CONFLICT.equals(item.error().type())) {
                continue;
            }
            if (TRANSIENT.contains(item.status())) {
                throw new IllegalStateException("OpenSearch could not take " + what + " now: " + item.error().reason());
            }
            refused.add(new Refused(item.id(), "OpenSearch refused " + what + " " + item.id() + ": " + item.error().reason()));
        }
        return List.copyOf(refused);
    }
}
