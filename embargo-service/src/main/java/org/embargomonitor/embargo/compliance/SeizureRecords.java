package org.embargomonitor.embargo.compliance;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** The seizures as the checks last read them. */
@ApplicationScoped
public class SeizureRecords implements PanacheRepositoryBase<SeizureRecord, UUID> {

    /** The record as last checked, or null when no version of it has been checked yet. */
    @WithSession
    public Uni<SeizureRecord> checked(UUID seizureId) {
        return findById(seizureId);
    }

    /** The ids of the stored records after {@code after} (all when null), in id order, {@code size} at most. */
    @WithSession
    public Uni<List<UUID>> idsAfter(UUID after, int size) {
        var query = after == null ? find("select id from SeizureRecord", Sort.by("id"))
                : find("select id from SeizureRecord where id > ?1", Sort.by("id"), after);
        return query.page(Page.ofSize(size)).project(UUID.class).list();
    }

    /** The facts of the record as last checked, or null when none is stored. */
    public Uni<SeizureFacts> factsOf(UUID seizureId) {
        return getSession().flatMap(session -> session
                .createSelectionQuery("select facts from SeizureRecord where id = :id", SeizureFacts.class)
                .setParameter("id", seizureId).getSingleResultOrNull());
    }

    @WithSession
    public Uni<Long> stored() {
        return count();
    }
}
