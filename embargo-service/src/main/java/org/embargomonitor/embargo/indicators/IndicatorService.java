package org.embargomonitor.embargo.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.embargomonitor.embargo.regime.RegimeVersion;
import org.embargomonitor.embargo.regime.RegimeVersionRepository;
import org.embargomonitor.platform.problem.ProblemException;
import org.embargomonitor.platform.security.Caller;
import org.embargomonitor.platform.security.FindingAccess;
import org.embargomonitor.platform.security.ReadScope;
import org.embargomonitor.platform.security.Scopes;
import org.embargomonitor.platform.work.OwnContexts;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;

/**
 * Selects the seizure records and findings a filter names, within the caller's scope, and computes their indicators
 * from the sums by day of what each record adds to them (RecordFigures).
 * A territorial regime selects the records in its countries; a targeted one the records with a finding under it.
 */
@ApplicationScoped
public class IndicatorService {

    static final int MAX_PLACES = 500;

    private final RegimeVersionRepository versions;
    private final RecordFigureRows figures;
    private final Scopes scopes;
    private final Vertx vertx;

    IndicatorService(RegimeVersionRepository versions, RecordFigureRows figures, Scopes scopes, Vertx vertx) {
        this.versions = versions;
        this.figures = figures;
        this.scopes = scopes;
        this.vertx = vertx;
    }

    @WithSession
    public Uni<IndicatorReport> report(IndicatorFilter filter, Caller caller, LocalDate asOf) {
        Indicators.Period period = Indicators.Period.valueOf(filter.period.toUpperCase(Locale.ROOT));
        boolean allFindings = FindingAccess.of(caller) == FindingAccess.IN_SCOPE;
        return regimeCountries(filter.regime).flatMap(regimeCountries -> {
            Set<String> countries = countries(filter, regimeCountries, scopes.readScopeOf(caller));
            boolean byFindings = filter.regime != null && regimeCountries.isEmpty();
            RecordFigureRows.Scope scope = new RecordFigureRows.Scope(List.copyOf(countries), filter.operation, filter.from, filter.to,
                    byFindings ? filter.regime : null);
            Indicators.Running running = new Indicators.Running(period, filter.from, filter.to, asOf);
            // the five sums read at once, each on a connection of its own;
            // records seized before the period too: a weapon destroyed in it counts there, whenever it was seized
            return Uni.combine().all().unis(
                    alongside(() -> figures.collected(scope.untilLastDay())),
                    alongside(() -> figures.happened(scope.untilLastDay(), filter.from, filter.to)),
                    alongside(() -> figures.overdue(scope, asOf)),
                    alongside(() -> figures.findings(scope, filter.regime)),
                    alongside(() -> figures.places(scope, MAX_PLACES)))
                    .with((days, steps, overdue, findings, places) -> {
                        days.forEach(day -> running.add(day.collected(), day.lastDay()));
                        steps.forEach(running::add);
                        overdue.forEach(day -> running.addOverdue(day.getKey(), day.getValue()));
                        findings.forEach(day -> running.add(day.getKey(), day.getValue()));
                        return report(filter, countries, byFindings, asOf, allFindings, running, places);
                    });
        });
    }

    private <T> Uni<T> alongside(Supplier<Uni<T>> query) {
        return OwnContexts.run(vertx, () -> Panache.withSession(query));
    }

    private IndicatorReport report(IndicatorFilter filter, Set<String> countries, boolean byFindings, LocalDate asOf,
            boolean allFindings, Indicators.Running running, List<IndicatorReport.Place> places) {
        LocalDate from = filter.from != null ? filter.from : running.firstDay();
        // without an end, the periods run to the last day anything was seized or happened to a weapon
        LocalDate to = filter.to != null ? filter.to : running.lastDay();
        IndicatorReport.AppliedFilter applied = new IndicatorReport.AppliedFilter(filter.regime, List.copyOf(countries), filter.operation,
                from, to, filter.period, asOf, !allFindings);
        List<IndicatorReport.PeriodReport> series = running.series(from, to, allFindings).stream()
                .map(p -> new IndicatorReport.PeriodReport(p.period(), p.from(), p.to(), p.figures(),
                        recordsLink(filter, countries, byFindings, p.from(), p.to())))
                .toList();
        return new IndicatorReport(applied, running.figures(allFindings), recordsLink(filter, countries, byFindings, filter.from, filter.to),
                series, places);
    }

    /** The search listing the records behind a figure: the same countries, operation, dates and, for a targeted regime, findings. */
    static String recordsLink(IndicatorFilter filter, Set<String> countries, boolean byFindings, LocalDate from, LocalDate to) {
        List<String> parameters = new ArrayList<>();
        countries.forEach(c -> parameters.add("country=" + c));
        if (filter.operation != null) {
            parameters.add("operation=" + filter.operation);
        }
        if (byFindings) {
            parameters.add("regime=" + filter.regime);
        }
        if (from != null) {
            parameters.add("from=" + from);
        }
        if (to != null) {
            parameters.add("to=" + to);
        }
        return "/api/search?" + String.join("&", parameters);
    }

    private Uni<Set<String>> regimeCountries(String regime) {
        if (regime == null) {
            return Uni.createFrom().item(Set.of());
        }
        return versions.ofRegime(regime).map(all -> {
            if (all.isEmpty()) {
                throw ProblemException.notFound("No regime " + regime + ".");
            }
            Set<String> countries = new TreeSet<>();
            for (RegimeVersion version : all) {
                if (!version.superseded && version.terms != null && version.terms.territory() != null) {
                    countries.addAll(version.terms.territory().countries());
                }
            }
            return countries;
        });
    }

    /** The countries asked for, within the regime's and the caller's; 403 for a country outside the caller's scope. */
    static Set<String> countries(IndicatorFilter filter, Set<String> regimeCountries, ReadScope scope) {
        Set<String> asked = filter.country == null || filter.country.isEmpty() ? null : new LinkedHashSet<>(filter.country);
        if (asked != null && !scope.everything() && !scope.countries().containsAll(asked)) {
            throw ProblemException.forbidden("Your panel does not cover " + asked + ".");
        }
        Set<String> countries = new TreeSet<>(asked != null ? asked : scope.everything() ? Set.of() : scope.countries());
        if (!regimeCountries.isEmpty()) {
            if (countries.isEmpty()) {
                countries.addAll(regimeCountries);
            } else {
                countries.retainAll(regimeCountries);
                if (countries.isEmpty()) {
                    countries.add("---");
                }
            }
        }
        if (countries.isEmpty() && !scope.everything()) {
            countries.add("---");
        }
        return countries;
    }
}
