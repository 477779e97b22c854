package org.embargomonitor.embargo.compliance;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.embargomonitor.platform.work.Workers;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** The seizures as the checks last read them. */
@ApplicationScoped
public class SeizureRecords implements PanacheRepositoryBase<SeizureRecord, UUID> {

    /**
     * Reads JSON columns as Hibernate writes and reads them (its own mapper, with the modules found on the class path:
     * {@code quarkus.hibernate-orm.mapping.format.global=ignore}), dates as numbers included.
     */
    private static final ObjectMapper AS_STORED = new ObjectMapper().findAndRegisterModules();

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

    /**
     * The facts of these records as last checked, in id order; a record not stored is left out. Read as text and
     * parsed on a worker thread, as Hibernate reads them: read as JSON, the database client would parse each one on
     * the event loop, and Hibernate write it out and parse it again (a sixth of a re-evaluation's processor time).
     */
    public Uni<List<SeizureFacts>> factsOf(List<UUID> seizureIds) {
        return getSession().flatMap(session -> session
                .createSelectionQuery("select cast(facts as String) from SeizureRecord where id in :ids order by id", String.class)
                .setParameter("ids", seizureIds).getResultList())
                .chain(texts -> Workers.run(() -> {
                    List<SeizureFacts> facts = new ArrayList<>(texts.size());
                    for (String text : texts) {
                        facts.add(AS_STORED.readValue(text, SeizureFacts.class));
                    }
                    return facts;
                }));
    }

    @WithSession
    public Uni<Long> stored() {
        return count();
    }
}
