package org.embargomonitor.seizures.custody;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class CustodyRepository implements PanacheRepositoryBase<CustodyEntry, CustodyEntry.Key> {

    public Uni<List<CustodyEntry>> chainOf(UUID seizureId) {
        return list("seizureId", Sort.ascending("sequence"), seizureId);
    }

    public Uni<Integer> lastSequenceOf(UUID seizureId) {
        return find("select coalesce(max(sequence), 0) from CustodyEntry where seizureId = ?1", seizureId)
                .project(Integer.class).firstResult();
    }
}
