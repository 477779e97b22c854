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

    /** The facts of these records as last checked, in id order; a record not stored is left out. */
    public Uni<List<SeizureFacts>> factsOf(List<UUID> seizureIds) {
        return getSession().flatMap(session -> session
                .createSelectionQuery("select facts from SeizureRecord where id in :ids order by id", SeizureFacts.class)
                .setParameter("ids", seizureIds).getResultList());
    }

    @WithSession
    public Uni<Long> stored() {
        return count();
    }
}
