package org.embargomonitor.seizures.tracing;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class TracingRepository implements PanacheRepositoryBase<TracingRequest, UUID> {

    public Uni<List<TracingRequest>> ofSeizure(UUID seizureId) {
        return list("seizureId", Sort.ascending("sentOn", "id"), seizureId);
    }
}
