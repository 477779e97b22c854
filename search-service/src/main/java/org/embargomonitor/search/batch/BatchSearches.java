package org.embargomonitor.search.batch;

import static org.embargomonitor.search.opensearch.Calls.uni;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.embargomonitor.platform.SafeText;
import org.embargomonitor.platform.problem.ProblemException;
import org.embargomonitor.platform.security.Caller;
import org.embargomonitor.search.opensearch.RecordsIndex;
import org.embargomonitor.search.query.IndexedRecord;
import org.embargomonitor.search.query.SearchService;
import org.jboss.logging.Logger;
import org.opensearch.client.opensearch.OpenSearchAsyncClient;
import org.opensearch.client.opensearch._types.Refresh;
import org.opensearch.client.opensearch.core.SearchResponse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;

/**
 * Batch search: a list of serials, lots or names run as one background job, each line a search within the
 * caller's read scope, with the hit count per line and the first records found. Jobs are kept in OpenSearch,
 * so every instance of the service can answer for them; progress is saved every {@value #PROGRESS_EVERY} lines.
 */
@ApplicationScoped
public class BatchSearches {

    public static final int MAX_LINES = 1000;
    static final int RECORDS_PER_LINE = 20;
    private static final int PROGRESS_EVERY = 25;
    private static final Logger LOG = Logger.getLogger(BatchSearches.class);

    private final OpenSearchAsyncClient client;
    private final RecordsIndex records;
    private final SearchService search;
    private final ObjectMapper json;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("batch-search").factory());

    BatchSearches(OpenSearchAsyncClient client, RecordsIndex records, SearchService search, ObjectMapper json) {
        this.client = client;
        this.records = records;
        this.search = search;
        this.json = json;
    }

    String batchesIndex() {
        return records.companion("batches");
    }

    void ensureIndex(@Observes StartupEvent start) throws IOException, ExecutionException, InterruptedException {
        if (client.indices().exists(e -> e.index(batchesIndex())).get().value()) {
            return;
        }
        ObjectNode mappings = json.createObjectNode().put("dynamic", "strict");
        ObjectNode properties = mappings.putObject("properties");
        for (String keyword : List.of("id", "owner", "kind", "state")) {
            properties.set(keyword, json.createObjectNode().put("type", "keyword"));
        }
        properties.set("total", json.createObjectNode().put("type", "integer"));
        properties.set("done", json.createObjectNode().put("type", "integer"));
        properties.set("percent", json.createObjectNode().put("type", "integer"));
        properties.set("createdAt", json.createObjectNode().put("type", "date"));
        properties.set("finishedAt", json.createObjectNode().put("type", "date"));
        properties.set("lines", json.createObjectNode().put("type", "object").put("enabled", false));
        records.createIndex(batchesIndex(), json.createObjectNode(), mappings);
    }

    /** Stores the job and starts it; the answer shows it running. */
    public Uni<BatchSearch> submit(BatchKind kind, List<String> values, Caller caller) {
        if (values.isEmpty()) {
            throw ProblemException.invalid("body", "has no lines to search: give one serial, lot or name per line");
        }
        if (values.size() > MAX_LINES) {
            throw ProblemException.invalid("body", "has " + values.size() + " lines; a batch takes at most " + MAX_LINES);
        }
        for (int i = 0; i < values.size(); i++) {
            String problem = SafeText.problemOf(values.get(i));
            if (problem != null) {
                throw ProblemException.invalid("body", "line " + (i + 1) + " " + problem);
            }
        }
        BatchSearch job = new BatchSearch(UUID.randomUUID().toString(), caller.username(), kind, BatchSearch.State.RUNNING,
                values.size(), 0, now(), null, List.of());
        return save(job).invoke(() -> worker.execute(() -> run(job, values, caller))).replaceWith(job);
    }

    /** The caller's job; 404 for another's. */
    public Uni<BatchSearch> get(String id, Caller caller) {
        return uni(() -> client.get(g -> g.index(batchesIndex()).id(id), BatchSearch.class)).map(found -> {
            if (!found.found() || !found.source().owner().equals(caller.username())) {
                throw ProblemException.notFound("You have no batch search " + id + ".");
            }
            return found.source();
        });
    }

    private void run(BatchSearch job, List<String> values, Caller caller) {
        List<BatchSearch.Line> lines = new ArrayList<>();
        try {
            for (int i = 0; i < values.size(); i++) {
                lines.add(searchLine(job.kind(), i + 1, values.get(i), caller));
                if (lines.size() % PROGRESS_EVERY == 0 && lines.size() < values.size()) {
                    save(withLines(job, BatchSearch.State.RUNNING, lines, null)).await().indefinitely();
                }
            }
            save(withLines(job, BatchSearch.State.DONE, lines, now())).await().indefinitely();
        } catch (RuntimeException e) {
            LOG.errorf(e, "Batch search %s failed after %d of %d lines", job.id(), lines.size(), values.size());
            save(withLines(job, BatchSearch.State.FAILED, lines, now())).await().indefinitely();
        }
    }

    private BatchSearch.Line searchLine(BatchKind kind, int line, String value, Caller caller) {
        try {
            SearchResponse<IndexedRecord> response = search.firstPage(kind.parameters(value), caller, RECORDS_PER_LINE).await().indefinitely();
            List<BatchSearch.Found> found = response.hits().hits().stream().map(h -> h.source())
                    .map(r -> new BatchSearch.Found(r.id(), r.reference(), r.countryCode(), r.occurredAt())).toList();
            return new BatchSearch.Line(line, value, response.hits().total().value(), found, null);
        } catch (ProblemException e) {
            return new BatchSearch.Line(line, value, 0, List.of(), e.getMessage());
        }
    }

    private static BatchSearch withLines(BatchSearch job, BatchSearch.State state, List<BatchSearch.Line> lines, String finishedAt) {
        return new BatchSearch(job.id(), job.owner(), job.kind(), state, job.total(), lines.size(), job.createdAt(), finishedAt,
                List.copyOf(lines));
    }

    private Uni<Void> save(BatchSearch job) {
        return uni(() -> client.index(i -> i.index(batchesIndex()).id(job.id()).document(job).refresh(Refresh.WaitFor))).replaceWithVoid();
    }

    private static String now() {
        return OffsetDateTime.now(ZoneOffset.UTC).toString();
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
