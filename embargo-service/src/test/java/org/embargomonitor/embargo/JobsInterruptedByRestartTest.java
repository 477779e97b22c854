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
                .createNativeQuery("insert into list_import (id, file_name, file_sha256, generated_at, status, entries_total, entries_done,"
                        + " submitted_by, submitted_at) values (:id, 'list.xml', 'ab', now(), 'RUNNING', 10, 4, 'platform.admin', now())")
                .setParameter("id", id).executeUpdate())));

        jobs.markFailed(new StartupEvent());

        Object[] job = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> Panache.getSession().flatMap(session -> session
                .createNativeQuery("select status, failure from list_import where id = :id", Object[].class)
                .setParameter("id", id).getSingleResult())));
        assertThat(job[0]).isEqualTo("FAILED");
        assertThat(job[1]).isEqualTo(JobsInterruptedByRestart.REASON);
    }
}
