package org.embargomonitor.embargo.indicators;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/** Folds what records and findings changed into the indicators' sums by day, every {@code embargo.indicators.fold-interval}. */
@ApplicationScoped
class DailySums {

    private static final Logger LOG = Logger.getLogger(DailySums.class);

    private final RecordFigureRows figures;

    DailySums(RecordFigureRows figures) {
        this.figures = figures;
    }

    @Scheduled(every = "${embargo.indicators.fold-interval}", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> fold() {
        return figures.fold().replaceWithVoid().onFailure().recoverWithUni(e -> {
            LOG.warnf("The indicators' sums by day were not brought up to date, trying again at the next fold: %s", e.getMessage());
            return Uni.createFrom().voidItem();
        });
    }
}
