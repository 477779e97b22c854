package org.embargomonitor.seizures.evidence;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class EvidenceRepository implements PanacheRepositoryBase<Evidence, UUID> {

    public Uni<List<Evidence>> ofSeizure(UUID seizureId) {
        return list("seizureId", Sort.ascending("uploadedAt", "id"), seizureId);
    }
}
