package org.embargomonitor.seizures.seizure;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class ItemRepository implements PanacheRepositoryBase<Item, UUID> {

    public Uni<List<Item>> byIds(Collection<UUID> ids) {
        return list("id in ?1", ids);
    }

    public Uni<List<Item>> listOfSeizures(Collection<UUID> seizureIds) {
        if (seizureIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("seizureId in ?1", Sort.ascending("seizureId", "position"), seizureIds);
    }

    public Uni<Long> countOf(UUID seizureId) {
        return count("seizureId", seizureId);
    }
}
