package org.embargomonitor.seizures.seizure;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** A page of the seizures within the scope that pass the filter, newest first. */
    public Uni<List<Seizure>> byIds(Collection<UUID> ids) {
        return list("id in ?1", ids);
    }

    public Uni<List<Seizure>> listWithin(ReadScope scope, SeizureFilter filter, Page page) {
        if (scope.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (!scope.everything()) {
            conditions.add("(operation in :operations or countryCode in :countries)");
            parameters.and("operations", orNone(scope.operations())).and("countries", orNone(scope.countries()));
        }
        if (filter.operation != null) {
            conditions.add("operation = :operation");
            parameters.and("operation", filter.operation);
        }
        if (filter.country != null) {
            conditions.add("countryCode = :country");
            parameters.and("country", filter.country);
        }
        if (filter.from != null) {
            conditions.add("occurredAt >= :from");
            parameters.and("from", filter.from.atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (filter.to != null) {
            conditions.add("occurredAt < :until");
            parameters.and("until", filter.to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (filter.reference != null && !filter.reference.isBlank()) {
            conditions.add("reference like :reference escape '\\'");
            parameters.and("reference", filter.reference.strip().replaceAll("([\\\\%_])", "\\\\$1") + "%");
        }
        return conditions.isEmpty() ? findAll(NEWEST_FIRST).page(page).list()
                : find(String.join(" and ", conditions), NEWEST_FIRST, parameters).page(page).list();
    }

    public Uni<Boolean> referenceTaken(String operation, String reference) {
        return count("operation = ?1 and reference = ?2", operation, reference).map(count -> count > 0);
    }

    /** Of these references by operation, the ones other seizures already use, as operation/reference. */
    public Uni<List<String>> referencesTaken(Map<String, Set<String>> referencesByOperation) {
        Uni<List<String>> taken = Uni.createFrom().item(new ArrayList<>());
        for (Map.Entry<String, Set<String>> operation : referencesByOperation.entrySet()) {
            taken = taken.call(found -> find("select reference from Seizure where operation = ?1 and reference in ?2",
                    operation.getKey(), operation.getValue()).project(String.class).list()
                    .invoke(references -> references.forEach(reference -> found.add(operation.getKey() + "/" + reference))));
        }
        return taken;
    }

    /** An "in" list may not be empty in JPQL; this value matches no operation or country. */
    private static java.util.Collection<String> orNone(java.util.Set<String> values) {
        return values.isEmpty() ? List.of("") : values;
    }
}
