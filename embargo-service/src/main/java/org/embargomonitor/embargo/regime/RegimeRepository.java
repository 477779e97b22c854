package org.embargomonitor.embargo.regime;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class RegimeRepository implements PanacheRepositoryBase<Regime, String> {

    public Uni<List<Regime>> listByName() {
        return listAll(Sort.ascending("name"));
    }
}
