package org.embargomonitor.platform.jobs;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/**
 * The jobs table: queued in the submitter's transaction, claimed by one replica at a time ({@code FOR UPDATE SKIP LOCKED}
 * under a transaction-scoped advisory lock, so that a kind run one at a time stays so), leased and renewed while they
 * run, and claimed again by any replica once a lease ran out.
 */
@ApplicationScoped
public class Jobs implements PanacheRepositoryBase<Job, UUID> {

    /** Key of the PostgreSQL advisory lock held while a replica claims a job. */
    private static final long CLAIM_LOCK = 7_466_002L;

    private final ObjectMapper json;

    Jobs(ObjectMapper json) {
        this.json = json;
    }

    /** Queues a job in the caller's transaction (or one of its own); {@code input} may be null. */
    public Uni<Job> queue(String kind, String description, String submittedBy, byte[] input) {
        return queue(UUID.randomUUID(), kind, description, submittedBy, input);
    }

    /** Queues a job under the id of what it works on (an import), so that one id names both. */
    public Uni<Job> queue(UUID id, String kind, String description, String submittedBy, byte[] input) {
        Job job = new Job();
        job.id = id;
        job.kind = kind;
        job.description = description;
        job.status = Job.Status.QUEUED;
        job.submittedBy = submittedBy;
        job.submittedAt = OffsetDateTime.now(ZoneOffset.UTC);
        return Panache.withTransaction(() -> persistAndFlush(job).call(queued -> input == null ? Uni.createFrom().voidItem()
                : Panache.getSession().flatMap(session -> session
                        .createNativeQuery("insert into job_input (job_id, content) values (:id, :content)")
                        .setParameter("id", job.id).setParameter("content", input).executeUpdate())));
    }

    @WithSession
    public Uni<Job> byId(UUID id) {
        return findById(id);
    }

    /** The newest jobs of one kind first. */
    @WithSession
    public Uni<List<Job>> newestFirst(String kind, int limit) {
        return find("kind", Sort.descending("submittedAt"), kind).page(Page.ofSize(limit)).list();
    }

    /** The jobs with these ids, of one kind, by id. */
    @WithSession
    public Uni<Map<UUID, Job>> byIds(String kind, Collection<UUID> ids) {
        return (ids.isEmpty() ? Uni.createFrom().item(List.<Job>of()) : list("kind = ?1 and id in ?2", kind, ids))
                .map(found -> found.stream().collect(Collectors.toMap(job -> job.id, job -> job)));
    }

    /** The jobs of one kind queued or running, oldest first. */
    @WithSession
    public Uni<List<Job>> unfinished(String kind) {
        return list("kind = ?1 and status in ?2", Sort.ascending("submittedAt"), kind, List.of(Job.Status.QUEUED, Job.Status.RUNNING));
    }

    /** The newest jobs of every kind first. */
    @WithSession
    public Uni<List<Job>> newestFirst(int limit) {
        return findAll(Sort.descending("submittedAt")).page(Page.ofSize(limit)).list();
    }

    /**
     * Claims the oldest job of the given kinds that is queued, or running with its lease run out (its replica stopped);
     * answers null when there is none. A kind in {@code oneAtATime} is not claimed while another job of it runs.
     */
    @WithTransaction
    Uni<Job> claimNext(Collection<String> kinds, Collection<String> oneAtATime, String replica, Duration lease) {
        String alone = oneAtATime.isEmpty() ? "" : " and (j.kind not in (" + literals(oneAtATime) + ") or not exists (select 1 from job r"
                + " where r.kind = j.kind and r.id <> j.id and r.status = 'RUNNING' and r.lease_until >= now()))";
        return Panache.getSession().flatMap(session -> session
                .createNativeQuery("select pg_advisory_xact_lock(" + CLAIM_LOCK + ")::text", String.class).getSingleResult()
                .chain(() -> session.createNativeQuery("select j.id from job j where j.kind in (" + literals(kinds) + ")"
                        + " and (j.status = 'QUEUED' or (j.status = 'RUNNING' and j.lease_until < now()))" + alone
                        + " order by j.submitted_at limit 1 for update skip locked", UUID.class).getResultList())
                .chain(next -> next.isEmpty() ? Uni.createFrom().nullItem() : session
                        .createNativeQuery("update job set status = 'RUNNING', claimed_by = :replica, lease_until = now() + make_interval(secs => :lease),"
                                + " attempts = attempts + 1, started_at = coalesce(started_at, now()) where id = :id")
                        .setParameter("replica", replica).setParameter("lease", seconds(lease)).setParameter("id", next.get(0))
                        .executeUpdate()
                        .chain(() -> session.find(Job.class, next.get(0)))));
    }

    /** Saves the progress of a job this replica holds, renewing its lease; false when it no longer holds it. */
    @WithTransaction
    Uni<Boolean> progressed(UUID id, String replica, long done, long total, String checkpoint, Map<String, Long> counts,
            Duration lease) {
        return Panache.getSession().flatMap(session -> session
                .createNativeQuery("update job set done = :done, total = :total, checkpoint = :checkpoint,"
                        + " counts = cast(cast(:counts as text) as jsonb), lease_until = now() + make_interval(secs => :lease)"
                        + " where id = :id and claimed_by = :replica and status = 'RUNNING'")
                .setParameter("done", done).setParameter("total", total).setParameter("checkpoint", checkpoint)
                .setParameter("counts", toJson(counts)).setParameter("lease", seconds(lease))
                .setParameter("id", id).setParameter("replica", replica)
                .executeUpdate().map(updated -> updated == 1));
    }

    /** Renews the leases of the jobs this replica runs. */
    @WithTransaction
    Uni<Integer> renew(Collection<UUID> ids, String replica, Duration lease) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        return Panache.getSession().flatMap(session -> session
                .createNativeQuery("update job set lease_until = now() + make_interval(secs => :lease) where id in (:ids) and claimed_by = :replica"
                        + " and status = 'RUNNING'")
                .setParameter("lease", seconds(lease)).setParameter("ids", ids).setParameter("replica", replica).executeUpdate());
    }

    /** Ends a job this replica holds: done when {@code failure} is null, failed with it otherwise; its input is deleted. */
    @WithTransaction
    Uni<Void> finished(UUID id, String replica, String failure) {
        return Panache.getSession().flatMap(session -> session
                .createNativeQuery("update job set status = :status, failure = :failure, finished_at = now(), lease_until = null"
                        + " where id = :id and claimed_by = :replica")
                .setParameter("status", failure == null ? Job.Status.DONE.name() : Job.Status.FAILED.name())
                .setParameter("failure", failure).setParameter("id", id).setParameter("replica", replica).executeUpdate()
                .chain(() -> deleteInput(session, id)));
    }

    /** Gives back the jobs this replica stopped running (it is stopping), so that another replica resumes them at once. */
    @WithTransaction
    Uni<Integer> release(Collection<UUID> ids, String replica) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        return Panache.getSession().flatMap(session -> session
                .createNativeQuery("update job set lease_until = now() - interval '1 second' where id in (:ids)"
                        + " and claimed_by = :replica and status = 'RUNNING'")
                .setParameter("ids", ids).setParameter("replica", replica).executeUpdate());
    }

    /** What the job reads; null when it was queued without. */
    @WithSession
    Uni<byte[]> input(UUID id) {
        return Panache.getSession().flatMap(session -> session
                .createNativeQuery("select content from job_input where job_id = :id", byte[].class)
                .setParameter("id", id).getResultList().map(found -> found.isEmpty() ? null : found.get(0)));
    }

    private static Uni<Void> deleteInput(Mutiny.Session session, UUID id) {
        return session.createNativeQuery("delete from job_input where job_id = :id").setParameter("id", id).executeUpdate()
                .replaceWithVoid();
    }

    private static double seconds(Duration lease) {
        return lease.toMillis() / 1000.0;
    }

    private String toJson(Map<String, Long> counts) {
        try {
            return json.writeValueAsString(counts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The kinds as SQL literals; kind names are lower-case words and hyphens, set in code, never by a caller. */
    private static String literals(Collection<String> kinds) {
        return kinds.stream().peek(JobRunner::checkName).map(kind -> "'" + kind + "'").collect(Collectors.joining(", "));
    }
}
