package org.embargomonitor.embargo.compliance;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.embargomonitor.embargo.reevaluation.ReevaluationRequests;
import org.embargomonitor.platform.jobs.Job;
import org.embargomonitor.platform.jobs.JobKind;
import org.embargomonitor.platform.jobs.Jobs;
import org.embargomonitor.platform.jobs.RunningJob;
import org.embargomonitor.platform.problem.ProblemException;
import org.embargomonitor.platform.work.Lanes;

import org.jboss.logging.Logger;

import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;

/**
 * Evaluates every stored record again when a regime version was added or the list changed: a background job, one at a
 * time across the replicas, in id order, about {@value #CHECKED_TOGETHER} records per transaction, as many transactions at
 * once as {@code embargo.compliance.reevaluation-concurrency} says, and that many per progress step; a run resumed
 * after a stop goes on after the last step saved.
 */
@ApplicationScoped
public class Reevaluations implements JobKind {

    static final String KIND = ReevaluationRequests.KIND;
    static final String FINDINGS_RAISED = "findingsRaised";
    static final int CHECKED_TOGETHER = 50;
    /**
     * Checks of linked records merging supply chains may each wait for rows the other holds: the database then fails
     * one, which is run again.
     */
    private static final int ATTEMPTS = 3;
    private static final Logger LOG = Logger.getLogger(Reevaluations.class);
    /** The evaluations listed, newest first. */
    private static final int LISTED = 200;

    private final Jobs jobs;
    private final SeizureRecords records;
    private final ComplianceService compliance;
    private final ItemMarks marks;
    private final Lanes checks;
    private final int lanes;
    /** Records per progress step: a transaction's worth for each lane, so that no lane waits for another. */
    private final int pageSize;

    Reevaluations(Jobs jobs, SeizureRecords records, ComplianceService compliance, ItemMarks marks, ComplianceConfig config) {
        this.jobs = jobs;
        this.records = records;
        this.compliance = compliance;
        this.marks = marks;
        this.lanes = config.reevaluationConcurrency();
        this.checks = new Lanes("reevaluation-check", lanes);
        this.pageSize = CHECKED_TOGETHER * config.reevaluationConcurrency();
    }

    @Override
    public String name() {
        return KIND;
    }

    @Override
    public boolean oneAtATime() {
        return true;
    }

    public Uni<List<Job>> newestFirst() {
        return jobs.newestFirst(KIND, LISTED);
    }

    public Uni<Job> byId(UUID id) {
        return jobs.byId(id).map(job -> {
            if (job == null || !KIND.equals(job.kind)) {
                throw ProblemException.notFound("No evaluation " + id + ".");
            }
            return job;
        });
    }

    @Override
    public void run(RunningJob job) throws Throwable {
        job.total(await(records::stored));
        UUID after = job.checkpoint().map(UUID::fromString).orElse(null);
        long done = job.done();
        List<UUID> page;
        while (!(page = await(pageAfter(after))).isEmpty()) {
            job.add(FINDINGS_RAISED, evaluateAgain(page));
            done += page.size();
            after = page.get(page.size() - 1);
            job.progressed(done, after.toString());
        }
    }

    private Supplier<Uni<List<UUID>>> pageAfter(UUID after) {
        return () -> records.idsAfter(after, pageSize);
    }

    /**
     * Checks the records again, about {@value #CHECKED_TOGETHER} in a transaction, several at once, in sets that take no
     * lock in common (records of a shipment spread over many seizures share locks: split in id order, one transaction
     * in three waited for another's locks); answers the findings raised.
     */
    private int evaluateAgain(List<UUID> page) throws Throwable {
        Map<UUID, Set<Integer>> locks = await(() -> marks.lockKeysOf(page));
        List<List<UUID>> batches = LockApart.split(page, locks, lanes);
        return checks.each(batches, this::evaluateAgainRetried).stream().mapToInt(Integer::intValue).sum();
    }

    private int evaluateAgainRetried(List<UUID> batch) throws Throwable {
        for (int attempt = 1;; attempt++) {
            try {
                return await(() -> compliance.evaluateAgain(batch));
            } catch (Throwable failure) {
                if (attempt == ATTEMPTS) {
                    throw failure;
                }
                LOG.warnf("Checking %d records from %s again failed (attempt %d of %d), trying again: %s", batch.size(), batch.get(0),
                        attempt, ATTEMPTS, failure.toString());
            }
        }
    }

    @PreDestroy
    void stop() {
        checks.close();
    }

    private static <T> T await(Supplier<Uni<T>> work) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(work);
    }
}
