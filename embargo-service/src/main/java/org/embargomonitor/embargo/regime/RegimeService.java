package org.embargomonitor.embargo.regime;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.embargomonitor.platform.problem.ProblemException;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class RegimeService {

    static final String CATALOGUE = "catalogue";
    private final RegimeRepository repository;

    RegimeService(RegimeRepository repository) {
        this.repository = repository;
    }

    @WithSession
    public Uni<List<Regime>> all() {
        return repository.listByName();
    }

    @WithSession
    public Uni<Regime> find(String code) {
        return repository.findById(code);
    }

    @WithTransaction
    public Uni<Regime> add(@NotNull @Valid NewRegime request, String addedBy) {
        return repository.findById(request.code()).flatMap(existing -> {
            if (existing != null) {
                return Uni.createFrom().failure(ProblemException.conflict("code", "A regime " + request.code() + " exists already."));
            }
            return repository.persist(toRegime(request, addedBy));
        });
    }

    /** Adds the catalogue's regimes that the database does not hold yet; never overwrites one. */
    @WithTransaction
    public Uni<Integer> addMissingFromCatalogue(List<@Valid NewRegime> catalogue) {
        return repository.listAll().flatMap(stored -> {
            var known = stored.stream().map(r -> r.code).collect(Collectors.toSet());
            List<Regime> missing = catalogue.stream().filter(r -> !known.contains(r.code()))
                    .map(r -> toRegime(r, CATALOGUE)).toList();
            if (missing.isEmpty()) {
                return Uni.createFrom().item(0);
            }
            return repository.persist(missing).replaceWith(missing.size());
        });
    }

    private static Regime toRegime(NewRegime request, String addedBy) {
        Regime regime = new Regime();
        regime.code = request.code();
        regime.name = request.name();
        regime.committee = request.committee();
        regime.kind = request.kind();
        regime.establishedBy = request.establishedBy();
        regime.establishedOn = request.establishedOn();
        regime.summary = request.summary();
        regime.source = request.source();
        regime.fromCatalogue = CATALOGUE.equals(addedBy);
        regime.createdBy = addedBy;
        regime.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        return regime;
    }
}
