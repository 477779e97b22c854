package org.embargomonitor.search.batch;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** The results of batch searches. */
@ApplicationScoped
public class BatchResultsStore implements PanacheRepositoryBase<BatchResults, UUID> {

    @WithSession
    public Uni<BatchResults> byId(UUID id) {
        return findById(id);
    }

    /** Replaces the lines found so far. */
    @WithTransaction
    public Uni<Void> found(UUID id, List<BatchSearch.Line> lines) {
        return findById(id).invoke(results -> results.found = new BatchResults.Found(List.copyOf(lines))).replaceWithVoid();
    }
}
