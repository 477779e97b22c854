package org.embargomonitor.embargo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;

@QuarkusTest
class JobsInterruptedByRestartTest {

    @Inject
    JobsInterruptedByRestart jobs;

    @Test
    void shouldMarkAJobLeftRunningByTheLastStopAsFailedWithTheReason() throws Throwable {
        UUID id = UUID.randomUUID();
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> Panache.getSession().flatMap(session -> session
                .createNativeQuery("insert into evaluation_job (id, reason, status, records_total, records_done, requested_by, requested_at)"
                        + " values (:id, 'test', 'RUNNING', 10, 4, 'platform.admin', now())")
                .setParameter("id", id).executeUpdate())));

        jobs.markFailed(new StartupEvent());

        Object[] job = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> Panache.getSession().flatMap(session -> session
                .createNativeQuery("select status, failure from evaluation_job where id = :id", Object[].class)
                .setParameter("id", id).getSingleResult())));
        assertThat(job[0]).isEqualTo("FAILED");
        assertThat(job[1]).isEqualTo(JobsInterruptedByRestart.REASON);
    }
}
