package org.embargomonitor.seizures.tracing.letters;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class TracingLetterRepository implements PanacheRepositoryBase<TracingLetter, UUID> {

    public Uni<List<TracingLetter>> ofSeizure(UUID seizureId) {
        return list("seizureId", Sort.ascending("sentOn", "recordedAt"), seizureId);
    }
}
