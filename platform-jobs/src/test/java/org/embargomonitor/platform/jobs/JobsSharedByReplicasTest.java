package org.embargomonitor.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;

@QuarkusTest
class JobsSharedByReplicasTest {

    private static final Duration LEASE = Duration.ofSeconds(3);

    @Inject
    Jobs jobs;

    @Inject
    JobRunner runner;

    @Test
    void shouldRunAQueuedJobToItsEndOnceWithItsProgressAndCounts() throws Throwable {
        Job queued = queue(StepsKind.NAME, "5");

        Job done = awaitEnded(queued.id);

        assertThat(done.status).isEqualTo(Job.Status.DONE);
        assertThat(StepsKind.STEPS_TAKEN.get(queued.id)).containsExactly(1, 2, 3, 4, 5);
        assertThat(done.done).isEqualTo(5);
        assertThat(done.total).isEqualTo(5);
        assertThat(done.percentDone()).isEqualTo(100);
        assertThat(done.count("steps")).isEqualTo(5);
        assertThat(done.attempts).isEqualTo(1);
        assertThat(done.claimedBy).isEqualTo(runner.replica());
        assertThat(call(() -> jobs.input(queued.id))).as("the input is deleted with the end").isNull();
    }

    @Test
    void shouldResumeAJobWhoseReplicaStoppedAfterItsLastCheckpoint() throws Throwable {
        UUID id = UUID.randomUUID();
        // the job and its input in one statement: a runner may claim the job the moment it is committed
        sql("with left_job as (insert into job (id, kind, description, status, submitted_by, submitted_at, claimed_by, lease_until,"
                + " attempts, total, done, checkpoint, counts) values ('" + id + "', 'steps', 'left by a replica that died', 'RUNNING',"
                + " 'platform.admin', now(), 'gone/1', now() - interval '1 second', 1, 6, 3, '3', '{\"steps\": 3}') returning id)"
                + " insert into job_input (job_id, content) select id, convert_to('6', 'UTF8') from left_job");

        Job done = awaitEnded(id);

        assertThat(done.status).isEqualTo(Job.Status.DONE);
        assertThat(StepsKind.STEPS_TAKEN.get(id)).as("the steps after the checkpoint, none before").containsExactly(4, 5, 6);
        assertThat(done.count("steps")).isEqualTo(6);
        assertThat(done.attempts).isEqualTo(2);
        assertThat(done.claimedBy).isEqualTo(runner.replica());
    }

    @Test
    void shouldLeaveAJobAloneWhileTheReplicaRunningItRenewsItsLease() throws Throwable {
        Job queued = queue(StepsKind.NAME, "3");
        Semaphore held = new Semaphore(0);
        StepsKind.HELD.put(queued.id, held);
        try {
            held.release();
            await().atMost(Duration.ofSeconds(10)).until(() -> StepsKind.STEPS_TAKEN.getOrDefault(queued.id, List.of()).size() == 1);
            Duration twoLeases = LEASE.multipliedBy(2);
            await().during(twoLeases).atMost(twoLeases.plusSeconds(5))
                    .until(() -> runner.replica().equals(call(() -> jobs.byId(queued.id)).claimedBy));

            assertThat(call(() -> jobs.claimNext(Set.of(StepsKind.NAME), Set.of(), "other/1", LEASE)))
                    .as("held by a live replica past its first lease").isNull();
        } finally {
            held.release(10);
        }
        assertThat(awaitEnded(queued.id).status).isEqualTo(Job.Status.DONE);
        assertThat(StepsKind.STEPS_TAKEN.get(queued.id)).containsExactly(1, 2, 3);
    }

    @Test
    void shouldStopARunWhenAnotherReplicaTookItsJobOver() throws Throwable {
        Job queued = queue(StepsKind.NAME, "4");
        Semaphore held = new Semaphore(1);
        StepsKind.HELD.put(queued.id, held);
        await().atMost(Duration.ofSeconds(10)).until(() -> StepsKind.STEPS_TAKEN.getOrDefault(queued.id, List.of()).size() == 1);

        sql("update job set claimed_by = 'other/1', lease_until = now() + interval '1 hour' where id = '" + queued.id + "'");
        held.release(10);

        await().atMost(Duration.ofSeconds(10)).until(() -> StepsKind.STEPS_TAKEN.get(queued.id).size() == 2);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> StepsKind.STEPS_TAKEN.get(queued.id).size() == 2);
        assertThat(StepsKind.STEPS_TAKEN.get(queued.id)).as("the step under way ends the run").containsExactly(1, 2);
        Job taken = call(() -> jobs.byId(queued.id));
        assertThat(taken.status).isEqualTo(Job.Status.RUNNING);
        assertThat(taken.claimedBy).isEqualTo("other/1");
        assertThat(taken.done).as("the other replica's run is not overwritten").isEqualTo(1);
    }

    @Test
    void shouldGiveEachJobToOneReplicaWhenEightClaimAtOnce() throws Throwable {
        String parked = "parked-" + (char) ('a' + (int) (Math.random() * 26));
        List<UUID> queued = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            queued.add(queue(parked, null).id);
        }
        ConcurrentLinkedQueue<UUID> claimed = new ConcurrentLinkedQueue<>();
        List<Thread> replicas = new ArrayList<>();
        for (int r = 0; r < 8; r++) {
            String replica = "replica/" + r;
            replicas.add(Thread.ofPlatform().start(() -> {
                try {
                    Job job;
                    while ((job = call(() -> jobs.claimNext(Set.of(parked), Set.of(), replica, LEASE))) != null) {
                        claimed.add(job.id);
                    }
                } catch (Throwable e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        for (Thread replica : replicas) {
            replica.join(TimeUnit.SECONDS.toMillis(30));
        }

        assertThat(claimed).hasSize(40).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(queued);
    }

    @Test
    void shouldRunJobsOfAOneAtATimeKindOneAfterAnotherAcrossReplicas() throws Throwable {
        List<UUID> queued = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            queued.add(queue(AloneKind.NAME, null).id);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> AloneKind.RUNNING.get() == 1);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(8)).until(() -> AloneKind.RUNNING.get() == 1);
        assertThat(call(() -> jobs.claimNext(Set.of(AloneKind.NAME), Set.of(AloneKind.NAME), "other/1", LEASE)))
                .as("another replica waits for the one running").isNull();
        AloneKind.PERMITS.release(queued.size());

        for (UUID id : queued) {
            assertThat(awaitEnded(id).status).isEqualTo(Job.Status.DONE);
        }
        assertThat(AloneKind.MOST_AT_ONCE.get()).isEqualTo(1);
    }

    @Test
    void shouldFailAJobThatStoppedItsReplicaEveryTime() throws Throwable {
        UUID id = UUID.randomUUID();
        sql("insert into job (id, kind, description, status, submitted_by, submitted_at, claimed_by, lease_until, attempts)"
                + " values ('" + id + "', 'steps', 'kills its replica', 'RUNNING', 'platform.admin', now(), 'gone/3',"
                + " now() - interval '1 second', 3)");

        Job failed = awaitEnded(id);

        assertThat(failed.status).isEqualTo(Job.Status.FAILED);
        assertThat(failed.failure).contains("stopped with the service 3 times");
        assertThat(StepsKind.STEPS_TAKEN).doesNotContainKey(id);
    }

    @Test
    void shouldFailAJobWithItsKindsReasonOrAnIncidentNumber() throws Throwable {
        Job refused = queue(StepsKind.NAME, "refuse");
        Job broken = queue(StepsKind.NAME, "break");

        assertThat(awaitEnded(refused.id).failure).isEqualTo("The file is not a list of steps.");
        Job failed = awaitEnded(broken.id);
        assertThat(failed.status).isEqualTo(Job.Status.FAILED);
        assertThat(failed.failure).matches("It stopped on an error on our side \\(incident [0-9a-f-]{36}\\).*")
                .doesNotContain("broken on purpose");
    }

    private Job queue(String kind, String input) throws Throwable {
        byte[] content = input == null ? null : input.getBytes(StandardCharsets.UTF_8);
        Job job = call(() -> jobs.queue(kind, "test " + kind, "platform.admin", content));
        runner.wake();
        return job;
    }

    private Job awaitEnded(UUID id) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> call(() -> jobs.byId(id)), job -> job.status.finished());
    }

    private static void sql(String statement) throws Throwable {
        call(() -> Panache.withTransaction(() -> Panache.getSession().flatMap(session -> session.createNativeQuery(statement).executeUpdate())));
    }

    private static <T> T call(Supplier<Uni<T>> work) throws Exception {
        try {
            return VertxContextSupport.subscribeAndAwait(work);
        } catch (Exception e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
