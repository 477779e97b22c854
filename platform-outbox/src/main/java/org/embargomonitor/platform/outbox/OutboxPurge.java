package org.embargomonitor.platform.outbox;

import java.time.OffsetDateTime;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * Deletes events published longer ago than {@code outbox.retention}, a batch per transaction, every hour: the outbox
 * keeps what was sent recently for looking into, and does not grow with the records.
 */
@ApplicationScoped
public class OutboxPurge {

    private static final int BATCH = 5_000;
    private static final Logger LOG = Logger.getLogger(OutboxPurge.class);

    private final OutboxConfig config;

    OutboxPurge(OutboxConfig config) {
        this.config = config;
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> purgeOnSchedule() {
        return purge().invoke(purged -> {
            if (purged > 0) {
                LOG.infof("Purged %d outbox events published more than %s ago", purged, config.retention());
            }
        }).onFailure().invoke(failure -> LOG.warnf("Outbox purge will retry: %s", failure.getMessage()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Answers how many events it deleted. */
    public Uni<Integer> purge() {
        OffsetDateTime before = OffsetDateTime.now().minus(config.retention());
        return Uni.createFrom().deferred(() -> purgeBatch(before))
                .repeat().whilst(deleted -> deleted == BATCH)
                .collect().with(Collectors.summingInt(Integer::intValue));
    }

    private Uni<Integer> purgeBatch(OffsetDateTime before) {
        return Panache.withTransaction(() -> Panache.getSession().flatMap(session -> session
                .createNativeQuery("delete from outbox_event where id in (select id from outbox_event "
                        + "where published_at < :before order by published_at limit " + BATCH + ")")
                .setParameter("before", before)
                .executeUpdate()));
    }
}
