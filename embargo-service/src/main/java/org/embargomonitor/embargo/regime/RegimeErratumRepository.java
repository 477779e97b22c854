package org.embargomonitor.embargo.regime;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class RegimeErratumRepository implements PanacheRepositoryBase<RegimeErratum, UUID> {

    public Uni<List<RegimeErratum>> ofRegime(String code) {
        return list("regimeCode", Sort.ascending("createdAt"), code);
    }

    public Uni<List<RegimeErratum>> inOrder() {
        return listAll(Sort.ascending("createdAt"));
    }

    public Uni<Set<String>> catalogueKeys() {
        return list("catalogueKey is not null").map(all -> all.stream().map(e -> e.catalogueKey).collect(Collectors.toSet()));
    }
}
