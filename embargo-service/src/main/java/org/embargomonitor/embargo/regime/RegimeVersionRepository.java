package org.embargomonitor.embargo.regime;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class RegimeVersionRepository implements PanacheRepositoryBase<RegimeVersion, UUID> {

    /** Every version of the regime, superseded ones included. */
    public Uni<List<RegimeVersion>> ofRegime(String code) {
        return list("regimeCode", Sort.ascending("effectiveFrom"), code);
    }

    /** Every version of every regime, superseded ones included. */
    public Uni<List<RegimeVersion>> inDateOrder() {
        return listAll(Sort.ascending("regimeCode", "effectiveFrom"));
    }

    /** The versions that apply: none an erratum replaced. */
    public Uni<List<RegimeVersion>> applied() {
        return list("superseded", false);
    }
}
