package org.embargomonitor.search.reindex;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** The reindexes started, newest last. */
@ApplicationScoped
public class Reindexes implements PanacheRepositoryBase<Reindex, UUID> {

    @WithSession
    public Uni<Reindex> byId(UUID id) {
        return findById(id);
    }

    /** The newest reindex, or null when none was started. */
    @WithSession
    public Uni<Reindex> latest() {
        return findAll(Sort.descending("startedAt")).firstResult();
    }
}
