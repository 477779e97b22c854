package org.embargomonitor.search.reindex;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import org.embargomonitor.platform.jobs.Job;
import org.embargomonitor.platform.jobs.JobKind;
import org.embargomonitor.platform.jobs.JobRunner;
import org.embargomonitor.platform.jobs.Jobs;
import org.embargomonitor.platform.jobs.RunningJob;
import org.embargomonitor.platform.problem.ProblemException;
import org.embargomonitor.search.opensearch.RecordsIndex;
import org.jboss.logging.Logger;
import org.opensearch.client.opensearch.OpenSearchAsyncClient;
import org.opensearch.client.opensearch._types.BuiltinScriptLanguage;
import org.opensearch.client.opensearch._types.Conflicts;
import org.opensearch.client.opensearch._types.VersionType;
import org.opensearch.client.opensearch.tasks.GetTasksResponse;
import org.opensearch.client.opensearch.tasks.Status;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;

/**
 * Full reindex without downtime: a new index of the current mapping is created, writes move to it at once, the
 * documents of the index searched so far are copied into it by OpenSearch (never over a newer version written
 * meanwhile), and when the copy is done the search alias moves to it in one atomic change. The copy is a background
 * job, one at a time across the replicas: OpenSearch runs it as a task, whose id is the job's checkpoint, so a replica
 * that resumes the job follows the same task. At start-up an index of an older mapping, or a reindex a stop
 * interrupted, is reindexed the same way, unless a reindex job is already under way.
 */
@ApplicationScoped
public class Reindexing implements JobKind {

    static final String KIND = "reindex";
    static final String COPIED = "copied";
    static final String SKIPPED_AS_OLDER = "skippedAsOlder";
    private static final Logger LOG = Logger.getLogger(Reindexing.class);
    private static final long POLL_MILLIS = 500;
    /** Records indexed before the join field existed become records. */
    private static final String UPGRADE_SCRIPT = "if (ctx._source.relation == null) { ctx._source.relation = 'record'; }";

    private final OpenSearchAsyncClient client;
    private final RecordsIndex index;
    private final Reindexes reindexes;
    private final Jobs jobs;
    private final JobRunner runner;

    Reindexing(OpenSearchAsyncClient client, RecordsIndex index, Reindexes reindexes, Jobs jobs, JobRunner runner) {
        this.client = client;
        this.index = index;
        this.reindexes = reindexes;
        this.jobs = jobs;
        this.runner = runner;
    }

    @Override
    public String name() {
        return KIND;
    }

    @Override
    public boolean oneAtATime() {
        return true;
    }

    /**
     * Before the indexers start: the aliases exist, the index searched has the refresh interval of the current
     * definition, and an index of an older mapping is being reindexed.
     */
    public void ensureCurrent() throws Throwable {
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
        if (await(() -> jobs.unfinished(KIND)).isEmpty()) {
            String reason = index.isCurrentVersion(reader) ? "a reindex was interrupted by a stop" : "the mapping changed to version " + RecordsIndex.VERSION;
            begin(reader, writers, reason, "search-service");
        }
    }

    /** Starts a full reindex of the searched index; 409 while one is under way. */
    public synchronized ReindexJob start(String requestedBy) throws Throwable {
        List<Job> unfinished = await(() -> jobs.unfinished(KIND));
        if (!unfinished.isEmpty()) {
            Reindex running = await(() -> reindexes.byId(unfinished.get(0).id));
            ReindexJob state = ReindexJob.of(running, unfinished.get(0));
            throw new ProblemException(Response.Status.CONFLICT, "A reindex into " + state.target() + " is running ("
                    + state.percent() + " %); wait for it to finish.", List.of());
        }
        Set<String> readers = index.indicesOf(index.alias());
        return begin(readers.iterator().next(), index.indicesOf(index.writeAlias()), "started by " + requestedBy, requestedBy);
    }

    /** The latest reindex, from whichever replica started it. */
    public Optional<ReindexJob> latest() throws Throwable {
        Reindex latest = await(reindexes::latest);
        if (latest == null) {
            return Optional.empty();
        }
        return Optional.of(ReindexJob.of(latest, await(() -> jobs.byId(latest.id))));
    }

    /** Creates the target (or takes one a reindex left), moves the writes to it and queues the copy. */
    private ReindexJob begin(String source, Set<String> writers, String reason, String requestedBy) throws Throwable {
        String reused = writers.stream().filter(w -> !w.equals(source) && index.isCurrentVersion(w)).findFirst().orElse(null);
        String target = reused != null ? reused : index.createIndex();
        index.point(index.writeAlias(), target);
        Reindex reindex = new Reindex();
        reindex.id = UUID.randomUUID();
        reindex.source = source;
        reindex.target = target;
        reindex.reason = reason;
        reindex.startedAt = OffsetDateTime.now(ZoneOffset.UTC);
        Job job = await(() -> Panache.withTransaction(() -> reindexes.persist(reindex).chain(() -> jobs.queue(reindex.id, KIND,
                "Reindex of " + source + " into " + target + ": " + reason, requestedBy, null))));
        LOG.infof("Reindexing %s into %s: %s", source, target, reason);
        runner.wake();
        return ReindexJob.of(reindex, job);
    }

    @Override
    public void run(RunningJob job) throws Throwable {
        Reindex reindex = await(() -> reindexes.byId(job.id()));
        String task = job.checkpoint().filter(this::known).orElse(null);
        if (task == null) {
            task = client.reindex(r -> r.source(s -> s.index(reindex.source))
                    .dest(d -> d.index(reindex.target).versionType(VersionType.External))
                    .script(s -> s.inline(i -> i.source(UPGRADE_SCRIPT).lang(l -> l.builtin(BuiltinScriptLanguage.Painless))))
                    .conflicts(Conflicts.Proceed)
                    .waitForCompletion(false)).get().task();
            job.progressed(0, task);
        }
        String copying = task;
        GetTasksResponse progress;
        do {
            Thread.sleep(POLL_MILLIS);
            progress = client.tasks().get(t -> t.taskId(copying)).get();
            Status status = progress.task().status();
            job.total(value(status.total()));
            job.set(COPIED, value(status.created()) + value(status.updated()));
            job.set(SKIPPED_AS_OLDER, value(status.versionConflicts()));
            job.progressed(job.count(COPIED) + job.count(SKIPPED_AS_OLDER), copying);
        } while (!progress.completed());
        if (progress.error() != null) {
            throw new RunningJob.Refused("OpenSearch stopped the copy: " + progress.error().reason() + "; searches still read "
                    + reindex.source + ".");
        }
        if (progress.response() != null && !progress.response().failures().isEmpty()) {
            throw new RunningJob.Refused(progress.response().failures().size() + " documents could not be copied, the first: "
                    + progress.response().failures().get(0).cause().reason() + "; searches still read " + reindex.source + ".");
        }
        index.point(index.alias(), reindex.target);
        LOG.infof("Reindex done: searches read %s; %s is kept, detached, until deleted", reindex.target, reindex.source);
    }

    /** Whether OpenSearch still knows the task (it keeps finished ones in .tasks; a restarted cluster may not). */
    private boolean known(String task) {
        try {
            client.tasks().get(t -> t.taskId(task)).get();
            return true;
        } catch (ExecutionException | IOException e) {
            LOG.infof("Reindex task %s is not known any more (%s); the copy starts again", task, e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RunningJob.Stop("interrupted");
        }
    }

    private static long value(Long count) {
        return count == null ? 0 : count;
    }

    private static <T> T await(Supplier<Uni<T>> work) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(work);
    }
}
