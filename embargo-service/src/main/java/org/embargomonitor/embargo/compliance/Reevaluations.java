package org.embargomonitor.embargo.compliance;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.embargomonitor.platform.problem.ProblemException;
import org.embargomonitor.platform.work.Lanes;
import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;

/**
 * Evaluates every stored record again when a regime version was added or the list changed, one job at a time,
 * {@value #PAGE} records per progress step, several checked at once ({@code embargo.compliance.reevaluation-concurrency}).
 */
@ApplicationScoped
public class Reevaluations implements PanacheRepositoryBase<EvaluationJob, UUID> {

    static final int PAGE = 100;
    private static final Logger LOG = Logger.getLogger(Reevaluations.class);
    private final ExecutorService oneAtATime = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("reevaluation").factory());
    private final Lanes checks;
    private final ComplianceService compliance;

    Reevaluations(ComplianceService compliance, ComplianceConfig config) {
        this.compliance = compliance;
        this.checks = new Lanes("reevaluation-check", config.reevaluationConcurrency());
    }

    /** Queues a job and starts it once the jobs before it are done. Answers the queued job. */
    public Uni<EvaluationJob> start(String reason, String requestedBy) {
        EvaluationJob job = new EvaluationJob();
        job.id = UUID.randomUUID();
        job.reason = reason;
        job.status = EvaluationJob.Status.QUEUED;
        job.requestedBy = requestedBy;
        job.requestedAt = OffsetDateTime.now();
        return Panache.withTransaction(() -> persist(job)).invoke(queued -> oneAtATime.execute(() -> run(queued.id)));
    }

    @WithSession
    public Uni<List<EvaluationJob>> newestFirst() {
        return listAll(Sort.descending("requestedAt"));
    }

    @WithSession
    public Uni<EvaluationJob> byId(UUID id) {
        return findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("No evaluation " + id + "."));
    }

    void run(UUID jobId) {
        try {
            List<UUID> records = await(this::allRecordIds);
            await(() -> progressed(jobId, EvaluationJob.Status.RUNNING, records.size(), 0, 0));
            for (int from = 0; from < records.size(); from += PAGE) {
                List<UUID> page = records.subList(from, Math.min(records.size(), from + PAGE));
                int raised = evaluateAgain(page);
                int done = page.size();
                int findings = raised;
                await(() -> progressed(jobId, EvaluationJob.Status.RUNNING, records.size(), done, findings));
            }
            await(() -> finished(jobId, null));
        } catch (Throwable failure) {
            LOG.errorf(failure, "Re-evaluation %s failed", jobId);
            try {
                await(() -> finished(jobId, Objects.toString(failure.getMessage(), failure.getClass().getSimpleName())));
            } catch (Throwable e) {
                LOG.errorf(e, "Re-evaluation %s could not be marked failed", jobId);
            }
        }
    }

    /** Checks the records again, several at once, each in a transaction of its own; answers the findings raised. */
    private int evaluateAgain(List<UUID> records) throws Throwable {
        return checks.each(records, seizureId -> await(() -> compliance.evaluateAgain(seizureId))).stream().mapToInt(Integer::intValue).sum();
    }

    @WithSession
    Uni<List<UUID>> allRecordIds() {
        return Panache.getSession().flatMap(session -> session
                .createSelectionQuery("select id from SeizureRecord order by occurredOn, id", UUID.class).getResultList());
    }

    @WithTransaction
    Uni<Void> progressed(UUID jobId, EvaluationJob.Status status, int total, int done, int raised) {
        return findById(jobId).invoke(job -> {
            job.status = status;
            job.recordsTotal = total;
            job.recordsDone += done;
            job.findingsRaised += raised;
        }).replaceWithVoid();
    }

    @WithTransaction
    Uni<Void> finished(UUID jobId, String failure) {
        return findById(jobId).invoke(job -> {
            job.status = failure == null ? EvaluationJob.Status.DONE : EvaluationJob.Status.FAILED;
            job.failure = failure;
            job.finishedAt = OffsetDateTime.now();
        }).replaceWithVoid();
    }

    @PreDestroy
    void stop() {
        oneAtATime.shutdownNow();
        checks.close();
    }

    private static <T> T await(Supplier<Uni<T>> work) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(work);
    }
}
