package org.embargomonitor.embargo.regime;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class RegimeVersionRepository implements PanacheRepositoryBase<RegimeVersion, UUID> {

    public Uni<List<RegimeVersion>> ofRegime(String code) {
        return list("regimeCode", Sort.ascending("effectiveFrom"), code);
    }

    public Uni<List<RegimeVersion>> inDateOrder() {
        return listAll(Sort.ascending("regimeCode", "effectiveFrom"));
    }
}
