package org.embargomonitor.embargo.regime;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.embargomonitor.platform.problem.ProblemException;
import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** The regime catalogue and its history; a stored version is never changed. */
@ApplicationScoped
public class RegimeService {

    static final String CATALOGUE = "catalogue";
    private static final Logger LOG = Logger.getLogger(RegimeService.class);
    private final RegimeRepository regimes;
    private final RegimeVersionRepository versions;
    private final RegimeErratumRepository errata;
    private volatile HeldBook held;

    /** The book as of a change mark of the regimes' tables. */
    private record HeldBook(String changeMark, RegimeBook book) {
    }

    RegimeService(RegimeRepository regimes, RegimeVersionRepository versions, RegimeErratumRepository errata) {
        this.regimes = regimes;
        this.versions = versions;
        this.errata = errata;
    }

    @WithSession
    public Uni<List<RegimeView>> all(LocalDate asOf) {
        return regimes.listByName().flatMap(all -> versions.inDateOrder().flatMap(stored -> errata.inOrder().map(corrections -> {
            Map<String, List<RegimeVersion>> byRegime = stored.stream().collect(Collectors.groupingBy(v -> v.regimeCode));
            Map<String, List<RegimeErratum>> errataByRegime = corrections.stream().collect(Collectors.groupingBy(e -> e.regimeCode));
            return all.stream().map(r -> RegimeView.of(r, byRegime.getOrDefault(r.code, List.of()),
                    errataByRegime.getOrDefault(r.code, List.of()), asOf)).toList();
        })));
    }

    @WithSession
    public Uni<RegimeView> find(String code, LocalDate asOf) {
        return regimes.findById(code)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("No regime " + code + "."))
                .flatMap(regime -> view(regime, asOf));
    }

    @WithSession
    public Uni<List<ErratumView>> errata(String code) {
        return regimes.findById(code)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("No regime " + code + "."))
                .flatMap(regime -> errata.ofRegime(code)).map(all -> all.stream().map(ErratumView::of).toList());
    }

    /**
     * Every regime and the versions that apply, for evaluating records as of their dates; read again only when a
     * regime, a version or an erratum was stored since (by any replica), not at every check.
     */
    @WithSession
    public Uni<RegimeBook> book() {
        return regimes.changeMark().flatMap(mark -> {
            HeldBook current = held;
            if (current != null && current.changeMark().equals(mark)) {
                return Uni.createFrom().item(current.book());
            }
            return regimes.listAll().flatMap(all -> versions.applied().map(stored -> RegimeBook.of(all, stored)))
                    .invoke(book -> held = new HeldBook(mark, book));
        });
    }

    /**
     * Corrects a stored version that misread the Council: the version stays in the history, superseded, and its
     * correction (if any) applies from its own date.
     */
    @WithTransaction
    public Uni<ErratumView> correct(String code, UUID versionId, @NotNull @Valid NewErratum erratum, String correctedBy) {
        return correct(code, versionId, erratum, correctedBy, null);
    }

    /** Applies, in order, the catalogue's errata this database has not applied yet; the number applied. */
    @WithTransaction
    public Uni<Integer> applyCatalogueErrata(List<@Valid CatalogueErratum> catalogue) {
        return errata.catalogueKeys().flatMap(applied -> {
            Uni<Integer> count = Uni.createFrom().item(0);
            for (CatalogueErratum pending : catalogue.stream().filter(e -> !applied.contains(e.key())).toList()) {
                count = count.flatMap(n -> versions.ofRegime(pending.regime()).flatMap(history -> {
                    RegimeVersion wrong = history.stream()
                            .filter(v -> !v.superseded && v.effectiveFrom.equals(pending.corrects())).findFirst().orElse(null);
                    if (wrong == null) {
                        LOG.warnf("Catalogue erratum %s not applied: %s has no version from %s in force", pending.key(), pending.regime(),
                                pending.corrects());
                        return Uni.createFrom().item(n);
                    }
                    return correct(pending.regime(), wrong.id, pending.erratum(), CATALOGUE, pending.key()).replaceWith(n + 1);
                }));
            }
            return count;
        });
    }

    private Uni<ErratumView> correct(String code, UUID versionId, NewErratum erratum, String correctedBy, String catalogueKey) {
        if (erratum.correction() != null) {
            checkVersion("correction.", erratum.correction());
        }
        return versions.findById(versionId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("No version " + versionId + " of regime " + code + "."))
                .flatMap(wrong -> {
                    if (!wrong.regimeCode.equals(code)) {
                        return Uni.createFrom().failure(ProblemException.notFound("No version " + versionId + " of regime " + code + "."));
                    }
                    if (wrong.superseded) {
                        return Uni.createFrom().failure(ProblemException.conflict("versionId",
                                "This version was corrected already; correct the version that replaced it."));
                    }
                    return versions.ofRegime(code).flatMap(history -> {
                        NewRegimeVersion correction = erratum.correction();
                        if (correction != null && history.stream().anyMatch(v -> !v.superseded && !v.id.equals(wrong.id)
                                && v.effectiveFrom.equals(correction.effectiveFrom()))) {
                            return Uni.createFrom().failure(ProblemException.conflict("correction.effectiveFrom",
                                    "Regime " + code + " has another version from " + correction.effectiveFrom() + "; correct that one instead."));
                        }
                        wrong.superseded = true;
                        RegimeErratum stored = new RegimeErratum();
                        stored.id = UUID.randomUUID();
                        stored.catalogueKey = catalogueKey;
                        stored.regimeCode = code;
                        stored.correctedVersionId = wrong.id;
                        stored.reason = erratum.reason();
                        stored.source = erratum.source();
                        stored.createdBy = correctedBy;
                        stored.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
                        // the superseded flag must reach the database before a correction of the same date is inserted
                        Uni<Void> replaced = versions.flush();
                        if (correction != null) {
                            RegimeVersion replacement = toVersion(code, correction, correctedBy);
                            stored.replacementVersionId = replacement.id;
                            replaced = replaced.chain(() -> versions.persist(replacement)).chain(versions::flush);
                        }
                        return replaced.chain(() -> errata.persist(stored)).map(ErratumView::of);
                    });
                });
    }

    private Uni<RegimeView> view(Regime regime, LocalDate asOf) {
        return versions.ofRegime(regime.code)
                .flatMap(history -> errata.ofRegime(regime.code).map(corrections -> RegimeView.of(regime, history, corrections, asOf)));
    }

    @WithTransaction
    public Uni<RegimeView> add(@NotNull @Valid NewRegime request, String addedBy) {
        checkVersions(request.versions());
        return regimes.findById(request.code()).flatMap(existing -> {
            if (existing != null) {
                return Uni.createFrom().failure(ProblemException.conflict("code", "A regime " + request.code() + " exists already."));
            }
            Regime regime = toRegime(request, addedBy);
            List<RegimeVersion> history = request.versions().stream().map(v -> toVersion(regime.code, v, addedBy)).toList();
            return regimes.persist(regime).chain(() -> versions.persist(history))
                    .chain(() -> view(regime, LocalDate.now(ZoneOffset.UTC)));
        });
    }

    /** Adds a version in force from its date; a version already stored for that date is never replaced. */
    @WithTransaction
    public Uni<RegimeVersionView> addVersion(String code, @NotNull @Valid NewRegimeVersion request, String addedBy) {
        checkVersion("", request);
        return regimes.findById(code)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("No regime " + code + "."))
                .flatMap(regime -> versions.ofRegime(code))
                .map(history -> history.stream().filter(v -> !v.superseded).toList())
                .flatMap(history -> {
                    if (history.stream().anyMatch(v -> v.effectiveFrom.equals(request.effectiveFrom()))) {
                        return Uni.createFrom().failure(ProblemException.conflict("effectiveFrom",
                                "Regime " + code + " has a version from " + request.effectiveFrom() + " already; history is never overwritten."));
                    }
                    RegimeVersion version = toVersion(code, request, addedBy);
                    LocalDate until = history.stream().map(v -> v.effectiveFrom).filter(d -> d.isAfter(version.effectiveFrom))
                            .min(LocalDate::compareTo).orElse(null);
                    return versions.persist(version)
                            .map(stored -> RegimeVersionView.of(stored, until));
                });
    }

    /** Adds the catalogue's regimes and versions that the database does not hold yet; never overwrites one. */
    @WithTransaction
    public Uni<Integer> addMissingFromCatalogue(List<@Valid NewRegime> catalogue) {
        catalogue.forEach(regime -> checkVersions(regime.versions()));
        return regimes.listAll().flatMap(storedRegimes -> versions.listAll().flatMap(storedVersions -> {
            Set<String> knownRegimes = storedRegimes.stream().map(r -> r.code).collect(Collectors.toSet());
            Set<String> knownVersions = storedVersions.stream().map(v -> v.regimeCode + "@" + v.effectiveFrom)
                    .collect(Collectors.toCollection(HashSet::new));
            List<Regime> newRegimes = new ArrayList<>();
            List<RegimeVersion> newVersions = new ArrayList<>();
            for (NewRegime regime : catalogue) {
                if (!knownRegimes.contains(regime.code())) {
                    newRegimes.add(toRegime(regime, CATALOGUE));
                }
                regime.versions().stream().filter(v -> !knownVersions.contains(regime.code() + "@" + v.effectiveFrom()))
                        .forEach(v -> newVersions.add(toVersion(regime.code(), v, CATALOGUE)));
            }
            if (newRegimes.isEmpty() && newVersions.isEmpty()) {
                return Uni.createFrom().item(0);
            }
            Uni<Void> stored = newRegimes.isEmpty() ? Uni.createFrom().voidItem() : regimes.persist(newRegimes);
            if (!newVersions.isEmpty()) {
                stored = stored.chain(() -> versions.persist(newVersions));
            }
            return stored.replaceWith(newRegimes.size() + newVersions.size());
        }));
    }

    private static void checkVersions(List<NewRegimeVersion> history) {
        Set<LocalDate> dates = new HashSet<>();
        for (int i = 0; i < history.size(); i++) {
            NewRegimeVersion version = history.get(i);
            if (!dates.add(version.effectiveFrom())) {
                throw ProblemException.invalid("versions[" + i + "].effectiveFrom", "Two versions cannot start on the same date.");
            }
            checkVersion("versions[" + i + "].", version);
        }
    }

    private static void checkVersion(String prefix, NewRegimeVersion version) {
        checkTerms(prefix + "terms", version.terms());
        if (version.renewedUntil() != null && !version.renewedUntil().isAfter(version.effectiveFrom())) {
            throw ProblemException.invalid(prefix + "renewedUntil", "must be after effectiveFrom " + version.effectiveFrom() + ".");
        }
    }

    private static void checkTerms(String field, RegimeTerms terms) {
        if (terms.kind() == RegimeKind.TERRITORIAL && terms.territory() == null) {
            throw ProblemException.invalid(field + ".territory", "A territorial version names its territory.");
        }
    }

    private static Regime toRegime(NewRegime request, String addedBy) {
        Regime regime = new Regime();
        regime.code = request.code();
        regime.name = request.name();
        regime.committee = request.committee();
        regime.establishedBy = request.establishedBy();
        regime.establishedOn = request.establishedOn();
        regime.summary = request.summary();
        regime.source = request.source();
        regime.listTypes = request.listTypes().toArray(String[]::new);
        regime.fromCatalogue = CATALOGUE.equals(addedBy);
        regime.createdBy = addedBy;
        regime.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        return regime;
    }

    private static RegimeVersion toVersion(String code, NewRegimeVersion request, String addedBy) {
        RegimeVersion version = new RegimeVersion();
        version.id = UUID.randomUUID();
        version.regimeCode = code;
        version.effectiveFrom = request.effectiveFrom();
        version.effectiveFromUncertain = request.effectiveFromUncertain();
        version.setBy = request.setBy();
        version.source = request.source();
        version.summary = request.summary();
        version.uncertainties = request.uncertainties().toArray(String[]::new);
        version.terms = request.terms();
        version.renewedUntil = request.renewedUntil();
        version.fromCatalogue = CATALOGUE.equals(addedBy);
        version.createdBy = addedBy;
        version.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        return version;
    }
}
