package org.embargomonitor.seizures.importing;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.embargomonitor.platform.problem.ProblemException;
import org.embargomonitor.platform.security.Caller;
import org.embargomonitor.seizures.idempotency.IdempotencyKeys;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** Import jobs and their row errors; each method is its own transaction, so progress is seen while a job runs. */
@ApplicationScoped
public class ImportJobs implements PanacheRepositoryBase<ImportJob, UUID> {

    private final IdempotencyKeys idempotency;

    ImportJobs(IdempotencyKeys idempotency) {
        this.idempotency = idempotency;
    }

    /** The fields that make two imports the same request, for idempotency keys. */
    private record Fingerprint(String sha256, String fileName) {
    }

    /**
     * Stores the import and queues its job ({@code queueJob}, in the same transaction), or, for a retry with the same
     * idempotency key, answers the import queued first and queues nothing.
     */
    @WithTransaction
    public Uni<IdempotencyKeys.Outcome> queue(ImportJob job, String fileSha256, String idempotencyKey, Supplier<Uni<?>> queueJob) {
        return idempotency.once(job.submittedBy, idempotencyKey, new Fingerprint(fileSha256, job.fileName),
                () -> persist(job).call(queueJob).map(queued -> queued.id));
    }

    @WithSession
    public Uni<ImportJob> byId(UUID id) {
        return findById(id);
    }

    @WithTransaction
    public Uni<Void> counted(UUID id, int totalRows) {
        return findById(id).invoke(job -> job.totalRows = totalRows).replaceWithVoid();
    }

    /** Adds the progress of some rows, and the errors of those rejected. */
    @WithTransaction
    public Uni<Void> progressed(UUID id, int rows, int rejected, int seizures, List<ImportRowError> errors) {
        Uni<Void> storeErrors = errors.isEmpty() ? Uni.createFrom().voidItem()
                : getSession().chain(session -> session.persistAll(errors.toArray()));
        return storeErrors.chain(() -> findById(id).invoke(job -> {
            job.rowsDone += rows;
            job.rowsRejected += rejected;
            job.seizuresCreated += seizures;
        })).replaceWithVoid();
    }

    /** The job, if the caller submitted it or is an admin; 404 otherwise. */
    @WithSession
    public Uni<ImportJob> visibleTo(UUID id, Caller caller) {
        return findById(id).map(job -> job != null && (caller.isAdmin() || job.submittedBy.equals(caller.username())) ? job : null)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("No import " + id + " of yours."));
    }

    /** The caller's imports (every import for admins), the newest {@code limit}. */
    @WithSession
    public Uni<List<ImportJob>> of(Caller caller, int limit) {
        Sort newest = Sort.descending("submittedAt");
        return (caller.isAdmin() ? findAll(newest) : find("submittedBy", newest, caller.username())).page(Page.ofSize(limit)).list();
    }

    @WithSession
    public Uni<List<ImportRowError>> errorsOf(UUID id, Caller caller) {
        return visibleTo(id, caller).chain(job -> getSession()).chain(session -> session
                .createSelectionQuery("from ImportRowError where jobId = :job order by rowNumber, field", ImportRowError.class)
                .setParameter("job", id).getResultList());
    }
}
