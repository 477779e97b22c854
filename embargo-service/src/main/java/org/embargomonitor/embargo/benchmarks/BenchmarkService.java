package org.embargomonitor.embargo.benchmarks;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.embargomonitor.embargo.regime.Regime;
import org.embargomonitor.platform.problem.ProblemException;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** Benchmarks per regime and their assessments over time; an assessment is added, never changed. */
@ApplicationScoped
public class BenchmarkService {

    static final String CATALOGUE = "catalogue";

    private final Benchmarks benchmarks;

    BenchmarkService(Benchmarks benchmarks) {
        this.benchmarks = benchmarks;
    }

    /** A benchmark of the reviewed catalogue, naming its regime. */
    public record CatalogueEntry(String regimeCode, String code, String title, String text, String setBy, LocalDate setOn,
            String source) {
    }

    /** Every benchmark of the regime, each with its current status and history; 404 for an unknown regime. */
    @WithSession
    public Uni<List<BenchmarkView>> ofRegime(String regimeCode) {
        return Panache.getSession().flatMap(session -> session.find(Regime.class, regimeCode)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("No regime " + regimeCode + "."))
                .chain(() -> benchmarks.ofRegime(regimeCode))
                .flatMap(this::withAssessments));
    }

    /** Every benchmark of every regime, for the dashboards. */
    @WithSession
    public Uni<List<BenchmarkView>> all() {
        return benchmarks.everyRegime().flatMap(this::withAssessments);
    }

    @WithTransaction
    public Uni<BenchmarkView> add(String regimeCode, @NotNull @Valid NewBenchmark request, String addedBy) {
        return Panache.getSession().flatMap(session -> session.find(Regime.class, regimeCode)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("No regime " + regimeCode + "."))
                .chain(() -> benchmarks.exists(request.code()))
                .flatMap(exists -> {
                    if (exists) {
                        return Uni.createFrom().failure(ProblemException.conflict("code", "A benchmark " + request.code() + " exists already."));
                    }
                    Benchmark benchmark = toBenchmark(new CatalogueEntry(regimeCode, request.code(), request.title(), request.text(),
                            request.setBy(), request.setOn(), request.source()), addedBy);
                    return session.persist(benchmark).replaceWith(BenchmarkView.of(benchmark, List.of()));
                }));
    }

    @WithTransaction
    public Uni<BenchmarkView> assess(UUID benchmarkId, @NotNull @Valid NewAssessment request, String recordedBy) {
        return Panache.getSession().flatMap(session -> session.find(Benchmark.class, benchmarkId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("No benchmark " + benchmarkId + "."))
                .flatMap(benchmark -> {
                    if (request.assessedOn().isBefore(benchmark.setOn)) {
                        return Uni.createFrom().failure(ProblemException.invalid("assessedOn",
                                "is before the benchmark was set (" + benchmark.setOn + ")"));
                    }
                    Assessment assessment = new Assessment();
                    assessment.id = UUID.randomUUID();
                    assessment.benchmarkId = benchmarkId;
                    assessment.assessedOn = request.assessedOn();
                    assessment.status = request.status();
                    assessment.narrative = request.narrative().strip();
                    assessment.sourceDocument = request.sourceDocument().strip();
                    assessment.source = request.source();
                    assessment.recordedBy = recordedBy;
                    assessment.recordedAt = OffsetDateTime.now();
                    return session.persist(assessment).chain(session::flush)
                            .chain(() -> withAssessments(List.of(benchmark))).map(views -> views.get(0));
                }));
    }

    /** Adds the catalogue's benchmarks the database does not hold yet. */
    @WithTransaction
    public Uni<Integer> addMissingFromCatalogue(List<CatalogueEntry> catalogue) {
        return Panache.getSession().flatMap(session -> benchmarks.codes()
                .flatMap(known -> {
                    Set<String> codes = Set.copyOf(known);
                    List<Benchmark> missing = catalogue.stream().filter(entry -> !codes.contains(entry.code()))
                            .map(entry -> toBenchmark(entry, CATALOGUE)).toList();
                    return session.persistAll(missing.toArray()).replaceWith(missing.size());
                }));
    }

    private Uni<List<BenchmarkView>> withAssessments(List<Benchmark> held) {
        if (held.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return benchmarks.assessmentsOf(held.stream().map(b -> b.id).toList())
                .map(byBenchmark -> held.stream().map(b -> BenchmarkView.of(b, byBenchmark.getOrDefault(b.id, List.of()))).toList());
    }

    private static Benchmark toBenchmark(CatalogueEntry entry, String addedBy) {
        Benchmark benchmark = new Benchmark();
        benchmark.id = UUID.randomUUID();
        benchmark.regimeCode = entry.regimeCode();
        benchmark.code = entry.code();
        benchmark.title = entry.title();
        benchmark.text = entry.text();
        benchmark.setBy = entry.setBy();
        benchmark.setOn = entry.setOn();
        benchmark.source = entry.source();
        benchmark.fromCatalogue = CATALOGUE.equals(addedBy);
        benchmark.createdBy = addedBy;
        benchmark.createdAt = OffsetDateTime.now();
        return benchmark;
    }
}
