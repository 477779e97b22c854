package org.embargomonitor.seizures.tracing;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class TracingReminderRepository implements PanacheRepositoryBase<TracingReminder, UUID> {

    public Uni<List<TracingReminder>> ofRequests(Collection<UUID> requestIds) {
        if (requestIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("tracingRequestId in ?1", Sort.ascending("sentOn"), requestIds);
    }
}
