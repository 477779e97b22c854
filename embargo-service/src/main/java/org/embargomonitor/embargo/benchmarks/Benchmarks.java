package org.embargomonitor.embargo.benchmarks;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** The benchmarks of every regime and their assessments. */
@ApplicationScoped
public class Benchmarks implements PanacheRepositoryBase<Benchmark, UUID> {

    public Uni<List<Benchmark>> ofRegime(String regimeCode) {
        return list("regimeCode", Sort.by("code"), regimeCode);
    }

    public Uni<List<Benchmark>> everyRegime() {
        return listAll(Sort.by("regimeCode").and("code"));
    }

    public Uni<Boolean> exists(String code) {
        return count("code", code).map(count -> count > 0);
    }

    public Uni<List<String>> codes() {
        return find("select code from Benchmark").project(String.class).list();
    }

    /** The assessments of these benchmarks, by benchmark. */
    public Uni<Map<UUID, List<Assessment>>> assessmentsOf(List<UUID> benchmarkIds) {
        return getSession().flatMap(session -> session
                .createSelectionQuery("from Assessment where benchmarkId in :ids", Assessment.class)
                .setParameter("ids", benchmarkIds).getResultList())
                .map(assessments -> assessments.stream().collect(Collectors.groupingBy(a -> a.benchmarkId)));
    }
}
