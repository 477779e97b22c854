package org.embargomonitor.platform.jobs;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;

/**
 * Runs the service's background jobs with its {@link JobKind} beans: claims queued jobs, and jobs whose replica
 * stopped, while it has a free thread ({@code jobs.concurrency}), renews their leases while they run, saves their end,
 * and gives them back when the service stops, so that any replica resumes them from their last checkpoint.
 */
@ApplicationScoped
public class JobRunner {

    private static final Logger LOG = Logger.getLogger(JobRunner.class);

    private final Jobs jobs;
    private final JobsConfig config;
    private final Map<String, JobKind> kinds;
    private final Set<String> oneAtATime;
    private final String replica;
    private final ExecutorService threads;
    /**
     * Claims on a thread of its own: never on a waker's, whose Vert.x context holds its own session, nor on a Vert.x
     * worker, which would be held while the database answers.
     */
    private final ExecutorService claimer = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("job-claimer").factory());
    /** The jobs this replica runs. */
    private final Set<UUID> running = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean lookWaiting = new AtomicBoolean();
    private volatile boolean stopping;
    private volatile long renewedAt = System.nanoTime();

    JobRunner(Jobs jobs, JobsConfig config, Instance<JobKind> kinds) {
        this.jobs = jobs;
        this.config = config;
        this.kinds = kinds.stream().peek(kind -> checkName(kind.name()))
                .collect(Collectors.toUnmodifiableMap(JobKind::name, Function.identity()));
        this.oneAtATime = this.kinds.values().stream().filter(JobKind::oneAtATime).map(JobKind::name).collect(Collectors.toUnmodifiableSet());
        this.replica = hostName() + "/" + UUID.randomUUID().toString().substring(0, 8);
        this.threads = Executors.newFixedThreadPool(config.concurrency(), Thread.ofPlatform().name("job-", 1).factory());
    }

    /** This replica's name in the jobs it claims. */
    public String replica() {
        return replica;
    }

    /** Looks for work now rather than at the next look (after queuing a job). */
    public void wake() {
        onClaimer(this::claimWhileFree);
    }

    /**
     * The regular look: renews the leases held when a third of the lease has passed, and claims what waits; on the
     * claimer's thread, so that no Vert.x worker waits for the database meanwhile.
     */
    @Scheduled(every = "${jobs.poll-interval:1s}", delayed = "2s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void look() {
        if (lookWaiting.compareAndSet(false, true)) {
            onClaimer(() -> {
                lookWaiting.set(false);
                renewLeases();
                claimWhileFree();
            });
        }
    }

    private void onClaimer(Runnable work) {
        if (stopping || kinds.isEmpty()) {
            return;
        }
        try {
            claimer.execute(work);
        } catch (RejectedExecutionException stopped) {
            // the service is stopping
        }
    }

    private void renewLeases() {
        try {
            if (System.nanoTime() - renewedAt > config.lease().toNanos() / 3) {
                renewedAt = System.nanoTime();
                await(() -> jobs.renew(Set.copyOf(running), replica, config.lease()));
            }
        } catch (Throwable e) {
            LOG.warnf("Leases of running jobs not renewed, trying again: %s", e.getMessage());
        }
    }

    /** Claims jobs while a thread is free; only ever on the claimer's thread. */
    private void claimWhileFree() {
        try {
            while (!stopping && running.size() < config.concurrency()) {
                Job job = await(() -> jobs.claimNext(kinds.keySet(), oneAtATime, replica, config.lease()));
                if (job == null) {
                    return;
                }
                if (job.attempts > config.maxAttempts()) {
                    LOG.errorf("Job %s (%s) stopped with its replica %d times; it is failed", job.id, job.kind, job.attempts - 1);
                    await(() -> jobs.finished(job.id, replica, "It stopped with the service " + (job.attempts - 1)
                            + " times before it could finish; see the service's logs, then start it again."));
                    continue;
                }
                if (job.attempts > 1) {
                    LOG.infof("Resuming job %s (%s) from %s, attempt %d", job.id, job.kind, job.checkpoint, job.attempts);
                }
                RunningJob run = new RunningJob(job, this);
                running.add(job.id);
                threads.execute(() -> run(kinds.get(job.kind), run));
            }
        } catch (Throwable e) {
            LOG.warnf("No job claimed, looking again at the next look: %s", e.getMessage());
        }
    }

    private void run(JobKind kind, RunningJob job) {
        try {
            kind.run(job);
            finish(job, null);
        } catch (RunningJob.Stop stop) {
            LOG.infof("Job %s (%s) stopped here: %s", job.id(), kind.name(), stop.getMessage());
            giveBack(job);
        } catch (RunningJob.Refused refused) {
            finish(job, refused.getMessage());
        } catch (Throwable failure) {
            if (stopping) {
                LOG.infof("Job %s (%s) interrupted by the stop; another start resumes it", job.id(), kind.name());
                giveBack(job);
            } else {
                String incident = UUID.randomUUID().toString();
                LOG.errorf(failure, "Job %s (%s) failed: incident %s", job.id(), kind.name(), incident);
                finish(job, "It stopped on an error on our side (incident " + incident + "); what was done before it is kept.");
            }
        } finally {
            running.remove(job.id());
            wake();
        }
    }

    private void finish(RunningJob job, String failure) {
        try {
            if (failure == null) {
                await(() -> jobs.progressed(job.id(), replica, job.done(), job.total(), job.checkpoint().orElse(null), job.counts(),
                        config.lease()));
            }
            await(() -> jobs.finished(job.id(), replica, failure));
        } catch (Throwable e) {
            LOG.errorf(e, "Job %s could not be marked ended; it will be run again once its lease runs out", job.id());
        }
    }

    /** Lets another replica (or this one's next start) resume the job at once; nothing when another holds it already. */
    private void giveBack(RunningJob job) {
        try {
            await(() -> jobs.release(Set.of(job.id()), replica));
        } catch (Throwable e) {
            LOG.warnf("Job %s not given back; it is resumed once its lease runs out: %s", job.id(), e.getMessage());
        }
    }

    void progressed(UUID id, long done, long total, String checkpoint, Map<String, Long> counts) {
        if (stopping) {
            throw new RunningJob.Stop("the service is stopping");
        }
        boolean held;
        try {
            held = await(() -> jobs.progressed(id, replica, done, total, checkpoint, counts, config.lease()));
        } catch (Throwable e) {
            throw new IllegalStateException("Progress not saved: " + e.getMessage(), e);
        }
        if (!held) {
            throw new RunningJob.Stop("another replica took the job over (this one's lease ran out)");
        }
    }

    byte[] input(UUID id) {
        try {
            return await(() -> jobs.input(id));
        } catch (Throwable e) {
            throw new IllegalStateException("The job's input could not be read: " + e.getMessage(), e);
        }
    }

    /** Stops the runs (they stop at their next progress, or are interrupted) and gives their jobs back. */
    void stop(@Observes ShutdownEvent stop) throws InterruptedException {
        stopping = true;
        claimer.shutdownNow();
        threads.shutdown();
        if (!threads.awaitTermination(2, TimeUnit.SECONDS)) {
            threads.shutdownNow();
            threads.awaitTermination(3, TimeUnit.SECONDS);
        }
        try {
            int released = await(() -> jobs.release(Set.copyOf(running), replica));
            if (released > 0) {
                LOG.infof("%d running jobs given back for another start to resume", released);
            }
        } catch (Throwable e) {
            LOG.warnf("Running jobs not given back; they are resumed once their lease runs out: %s", e.getMessage());
        }
    }

    static void checkName(String kind) {
        if (!kind.matches("[a-z]+(-[a-z]+)*")) {
            throw new IllegalArgumentException("A job kind is lower-case words joined by hyphens: " + kind);
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "replica";
        }
    }

    private static <T> T await(Supplier<Uni<T>> work) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(work);
    }
}
