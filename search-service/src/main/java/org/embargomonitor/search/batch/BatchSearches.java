package org.embargomonitor.search.batch;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.embargomonitor.platform.SafeText;
import org.embargomonitor.platform.jobs.Job;
import org.embargomonitor.platform.jobs.JobKind;
import org.embargomonitor.platform.jobs.JobRunner;
import org.embargomonitor.platform.jobs.Jobs;
import org.embargomonitor.platform.jobs.RunningJob;
import org.embargomonitor.platform.problem.ProblemException;
import org.embargomonitor.platform.security.Caller;
import org.embargomonitor.search.query.IndexedRecord;
import org.embargomonitor.search.query.SearchService;
import org.opensearch.client.opensearch.core.SearchResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;

/**
 * Batch search: a list of serials, lots or names run as one background job that any replica may run, each line a
 * search within the read scope of the person who asked, with the hit count per line and the first records found.
 * The lines found are saved every {@value #PROGRESS_EVERY} lines; a run resumed after a stop goes on after them.
 */
@ApplicationScoped
public class BatchSearches implements JobKind {

    public static final int MAX_LINES = 1000;
    static final String KIND = "batch-search";
    static final int RECORDS_PER_LINE = 20;
    private static final int PROGRESS_EVERY = 25;

    /** What a batch search job reads: the lines, and who asked (their scope bounds every search). */
    record Request(BatchKind kind, List<String> values, Caller caller) {
    }

    private final BatchResultsStore results;
    private final Jobs jobs;
    private final JobRunner runner;
    private final SearchService search;
    private final ObjectMapper json;

    BatchSearches(BatchResultsStore results, Jobs jobs, JobRunner runner, SearchService search, ObjectMapper json) {
        this.results = results;
        this.jobs = jobs;
        this.runner = runner;
        this.search = search;
        this.json = json;
    }

    @Override
    public String name() {
        return KIND;
    }

    /** Stores the batch and queues its job; the answer shows it running. */
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
        BatchResults batch = new BatchResults();
        batch.id = UUID.randomUUID();
        batch.owner = caller.username();
        batch.kind = kind;
        batch.total = values.size();
        batch.found = new BatchResults.Found(List.of());
        batch.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        byte[] request = toJson(new Request(kind, values, caller));
        String description = values.size() + " lines (" + kind.name().toLowerCase(Locale.ROOT) + ")";
        return Panache.withTransaction(() -> results.persist(batch)
                .chain(() -> jobs.queue(batch.id, KIND, description, caller.username(), request)))
                .invoke(runner::wake)
                .map(job -> view(batch, job));
    }

    /** The caller's batch; 404 for another's. */
    public Uni<BatchSearch> get(String id, Caller caller) {
        UUID key;
        try {
            key = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("You have no batch search " + id + ".");
        }
        return results.byId(key).chain(batch -> {
            if (batch == null || !batch.owner.equals(caller.username())) {
                throw ProblemException.notFound("You have no batch search " + id + ".");
            }
            return jobs.byId(key).map(job -> view(batch, job));
        });
    }

    @Override
    public void run(RunningJob job) throws Throwable {
        Request request = json.readValue(job.input(), Request.class);
        BatchResults batch = await(() -> results.byId(job.id()));
        List<BatchSearch.Line> lines = new ArrayList<>(batch.found.lines());
        job.total(request.values().size());
        while (lines.size() < request.values().size()) {
            int line = lines.size() + 1;
            lines.add(searchLine(request.kind(), line, request.values().get(line - 1), request.caller()));
            if (lines.size() % PROGRESS_EVERY == 0 || lines.size() == request.values().size()) {
                List<BatchSearch.Line> saved = List.copyOf(lines);
                await(() -> results.found(job.id(), saved));
                job.progressed(saved.size(), String.valueOf(saved.size()));
            }
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

    private static BatchSearch view(BatchResults batch, Job job) {
        BatchSearch.State state = switch (job.status) {
            case DONE -> BatchSearch.State.DONE;
            case FAILED -> BatchSearch.State.FAILED;
            case QUEUED, RUNNING -> BatchSearch.State.RUNNING;
        };
        List<BatchSearch.Line> lines = batch.found.lines();
        return new BatchSearch(batch.id.toString(), batch.owner, batch.kind, state, batch.total, lines.size(),
                batch.createdAt.toString(), job.finishedAt == null ? null : job.finishedAt.toString(), lines);
    }

    private byte[] toJson(Request request) {
        try {
            return json.writeValueAsBytes(request);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T await(Supplier<Uni<T>> work) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(work);
    }
}
