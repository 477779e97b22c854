package org.embargomonitor.embargo.regime;

import java.util.Arrays;
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
     * erratum's supersession): the count and the latest creation time of each. In HQL, whose plan Hibernate keeps: it
     * is read before every check.
     */
    public Uni<String> changeMark() {
        return getSession().chain(session -> session.createSelectionQuery("select count(r), max(r.createdAt),"
                + " (select count(v) from RegimeVersion v), (select max(v.createdAt) from RegimeVersion v),"
                + " (select count(e) from RegimeErratum e), (select max(e.createdAt) from RegimeErratum e) from Regime r", Object[].class)
                .getSingleResult()).map(Arrays::toString);
    }
}
