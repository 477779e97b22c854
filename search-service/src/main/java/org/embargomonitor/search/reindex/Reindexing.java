package org.embargomonitor.search.reindex;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;

import org.embargomonitor.platform.problem.ProblemException;
import org.embargomonitor.search.opensearch.RecordsIndex;
import org.jboss.logging.Logger;
import org.opensearch.client.opensearch.OpenSearchAsyncClient;
import org.opensearch.client.opensearch._types.BuiltinScriptLanguage;
import org.opensearch.client.opensearch._types.Conflicts;
import org.opensearch.client.opensearch._types.VersionType;
import org.opensearch.client.opensearch.tasks.GetTasksResponse;
import org.opensearch.client.opensearch.tasks.Status;

import io.quarkus.runtime.StartupEvent;

/**
 * Full reindex without downtime: a new index of the current mapping is created, writes move to it at once, the
 * documents of the index searched so far are copied into it by OpenSearch (never over a newer version written
 * meanwhile), and when the copy is done the search alias moves to it in one atomic change. At start-up an index of
 * an older mapping, or a reindex a stop interrupted, is reindexed the same way. One reindex at a time per instance.
 */
@ApplicationScoped
public class Reindexing {

    private static final Logger LOG = Logger.getLogger(Reindexing.class);
    private static final long POLL_MILLIS = 500;
    /** Records indexed before the join field existed become records. */
    private static final String UPGRADE_SCRIPT = "if (ctx._source.relation == null) { ctx._source.relation = 'record'; }";

    private final OpenSearchAsyncClient client;
    private final RecordsIndex index;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("reindex").factory());
    private final AtomicReference<ReindexJob> latest = new AtomicReference<>();

    Reindexing(OpenSearchAsyncClient client, RecordsIndex index) {
        this.client = client;
        this.index = index;
    }

    /**
     * Before the indexers start: the aliases exist, the index searched has the refresh interval of the current
     * definition, and an index of an older mapping is being reindexed.
     */
    void ensureCurrent(@Observes @Priority(1) StartupEvent start) throws IOException, ExecutionException, InterruptedException {
        Set<String> readers = index.indicesOf(index.alias());
        Set<String> writers = index.indicesOf(index.writeAlias());
        if (readers.isEmpty()) {
            String target = writers.stream().filter(index::isCurrentVersion).findFirst().orElse(null);
            index.pointBothAt(target != null ? target : index.createIndex());
            return;
        }
        String reader = readers.iterator().next();
        if (writers.equals(readers) && index.isCurrentVersion(reader)) {
            index.keepRefreshInterval(reader);
            return;
        }
        String reason = index.isCurrentVersion(reader) ? "a reindex was interrupted by a stop" : "the mapping changed to version " + RecordsIndex.VERSION;
        begin(reader, writers, reason);
    }

    /** Starts a full reindex of the searched index; 409 while one is running. */
    public synchronized ReindexJob start(String reason) throws IOException, ExecutionException, InterruptedException {
        ReindexJob running = latest.get();
        if (running != null && running.state() == ReindexJob.State.COPYING) {
            throw new ProblemException(Response.Status.CONFLICT, "A reindex into " + running.target() + " is running ("
                    + running.percent() + " %); wait for it to finish.", List.of());
        }
        Set<String> readers = index.indicesOf(index.alias());
        return begin(readers.iterator().next(), index.indicesOf(index.writeAlias()), reason);
    }

    public Optional<ReindexJob> latest() {
        return Optional.ofNullable(latest.get());
    }

    private synchronized ReindexJob begin(String source, Set<String> writers, String reason)
            throws IOException, ExecutionException, InterruptedException {
        String target = writers.stream().filter(w -> !w.equals(source) && index.isCurrentVersion(w)).findFirst().orElse(null);
        if (target == null) {
            target = index.createIndex();
        }
        index.point(index.writeAlias(), target);
        ReindexJob job = ReindexJob.started(source, target, reason);
        latest.set(job);
        LOG.infof("Reindexing %s into %s: %s", source, target, reason);
        worker.execute(() -> copy(job));
        return job;
    }

    private void copy(ReindexJob job) {
        try {
            String task = client.reindex(r -> r.source(s -> s.index(job.source()))
                    .dest(d -> d.index(job.target()).versionType(VersionType.External))
                    .script(s -> s.inline(i -> i.source(UPGRADE_SCRIPT).lang(l -> l.builtin(BuiltinScriptLanguage.Painless))))
                    .conflicts(Conflicts.Proceed)
                    .waitForCompletion(false)).get().task();
            GetTasksResponse progress;
            do {
                Thread.sleep(POLL_MILLIS);
                progress = client.tasks().get(t -> t.taskId(task)).get();
                Status status = progress.task().status();
                latest.set(job.progressed(value(status.total()), value(status.created()) + value(status.updated()),
                        value(status.versionConflicts())));
            } while (!progress.completed());
            if (progress.error() != null) {
                throw new IllegalStateException(progress.error().reason());
            }
            if (progress.response() != null && !progress.response().failures().isEmpty()) {
                throw new IllegalStateException(progress.response().failures().size() + " documents could not be copied, the first: "
                        + progress.response().failures().get(0).cause().reason());
            }
            index.point(index.alias(), job.target());
            latest.set(latest.get().done());
            LOG.infof("Reindex done: searches read %s; %s is kept, detached, until deleted", job.target(), job.source());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            latest.set(latest.get().failed("interrupted"));
        } catch (Exception e) {
            LOG.errorf(e, "Reindex of %s into %s failed; searches still read %s", job.source(), job.target(), job.source());
            latest.set(latest.get().failed(e.getMessage()));
        }
    }

    private static long value(Long count) {
        return count == null ? 0 : count;
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
