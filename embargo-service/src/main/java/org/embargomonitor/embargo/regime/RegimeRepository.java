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

    /**
     * Changes whenever a regime, a version or an erratum is stored (nothing of them is ever changed or deleted, but an
     * erratum's supersession): the count and the latest creation time of each.
     */
    public Uni<String> changeMark() {
        return getSession().chain(session -> session.createNativeQuery("select concat_ws('|',"
                + " (select count(*) || '@' || coalesce(max(created_at)::text, '') from regime),"
                + " (select count(*) || '@' || coalesce(max(created_at)::text, '') from regime_version),"
                + " (select count(*) || '@' || coalesce(max(created_at)::text, '') from regime_erratum))", String.class)
                .getSingleResult());
    }
}
