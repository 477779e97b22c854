package org.embargomonitor.embargo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;

/**
 * List imports live in this process: one still queued or running when the service stopped will never finish, so at
 * start-up it is marked failed with the reason, instead of showing progress forever. (Re-evaluations are jobs of
 * platform-jobs, resumed instead.)
 */
@ApplicationScoped
public class JobsInterruptedByRestart {

    private static final Logger LOG = Logger.getLogger(JobsInterruptedByRestart.class);
    static final String REASON = "Interrupted: the service stopped before the job finished; start it again.";

    /** Runs before the catalogues load, since they may queue a re-evaluation of their own. */
    void markFailed(@Observes @Priority(1) StartupEvent start) throws Throwable {
        int interrupted = VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> Panache.getSession()
                .flatMap(session -> markFailed(session, "list_import"))));
        if (interrupted > 0) {
            LOG.warnf("%d background jobs were interrupted by the last stop and are marked failed", interrupted);
        }
    }

    private static Uni<Integer> markFailed(Mutiny.Session session, String table) {
        return session.createNativeQuery("update " + table + " set status = 'FAILED', failure = :reason, finished_at = now()"
                + " where status in ('QUEUED', 'RUNNING')").setParameter("reason", REASON).executeUpdate();
    }
}
