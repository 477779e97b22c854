package org.embargomonitor.seizures.seizure;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.embargomonitor.platform.security.ReadScope;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class SeizureRepository implements PanacheRepositoryBase<Seizure, UUID> {

    private static final Sort NEWEST_FIRST = Sort.descending("occurredAt").and("id");

    public Uni<List<Seizure>> listWithin(ReadScope scope, Page page) {
        if (scope.everything()) {
            return findAll(NEWEST_FIRST).page(page).list();
        }
        if (scope.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return find("operation in :operations or countryCode in :countries", NEWEST_FIRST,
                Parameters.with("operations", orNone(scope.operations())).and("countries", orNone(scope.countries())))
                .page(page).list();
    }

    public Uni<Boolean> referenceTaken(String operation, String reference) {
        return count("operation = ?1 and reference = ?2", operation, reference).map(count -> count > 0);
    }

    /** An "in" list may not be empty in JPQL; this value matches no operation or country. */
    private static java.util.Collection<String> orNone(java.util.Set<String> values) {
        return values.isEmpty() ? List.of("") : values;
    }
}
