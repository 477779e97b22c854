package org.embargomonitor.embargo.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import org.embargomonitor.embargo.compliance.FindingService;
import org.embargomonitor.embargo.compliance.FindingStatus;
import org.embargomonitor.embargo.compliance.SeizureFacts;
import org.embargomonitor.embargo.regime.RegimeVersion;
import org.embargomonitor.embargo.regime.RegimeVersionRepository;
import org.embargomonitor.platform.problem.ProblemException;
import org.embargomonitor.platform.security.Caller;
import org.embargomonitor.platform.security.ReadScope;
import org.embargomonitor.platform.security.Scopes;
import org.embargomonitor.platform.work.Workers;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * Selects the seizure records and findings a filter names, within the caller's scope, and computes their indicators.
 * A territorial regime selects the records in its countries; a targeted one the records with a finding under it.
 */
@ApplicationScoped
public class IndicatorService {

    static final int MAX_PLACES = 500;

    private final RegimeVersionRepository versions;
    private final Scopes scopes;

    IndicatorService(RegimeVersionRepository versions, Scopes scopes) {
        this.versions = versions;
        this.scopes = scopes;
    }

    @WithSession
    public Uni<IndicatorReport> report(IndicatorFilter filter, Caller caller, LocalDate asOf) {
        Indicators.Period period = Indicators.Period.valueOf(filter.period.toUpperCase(Locale.ROOT));
        boolean allFindings = !FindingService.confirmedOnly(caller);
        return regimeCountries(filter.regime).flatMap(regimeCountries -> {
            Set<String> countries = countries(filter, regimeCountries, scopes.readScopeOf(caller));
            boolean byFindings = filter.regime != null && regimeCountries.isEmpty();
            Map<String, Object> parameters = new LinkedHashMap<>();
            String where = where(filter, countries, byFindings, parameters);
            Map<String, Object> untilParameters = new LinkedHashMap<>();
            String until = where(filter.until(), countries, byFindings, untilParameters);
            return Panache.getSession().flatMap(session -> {
                // records seized before the period too: a weapon destroyed in it counts there, whenever it was seized
                // the facts alone, not entities the session would hold and check for changes
                var records = session.createSelectionQuery("select r.facts from SeizureRecord r where " + until + " order by r.occurredOn",
                        SeizureFacts.class);
                untilParameters.forEach(records::setParameter);
                return records.getResultList().flatMap(found -> {
                    var findings = session.createSelectionQuery("select f.seizureDate, f.status from Finding f, SeizureRecord r "
                            + "where f.seizureId = r.id and f.status <> :withdrawn and " + where
                            + (filter.regime != null ? " and f.regimeCode = :regime" : ""), Object[].class);
                    parameters.forEach(findings::setParameter);
                    findings.setParameter("withdrawn", FindingStatus.WITHDRAWN);
                    if (filter.regime != null && !parameters.containsKey("regime")) {
                        findings.setParameter("regime", filter.regime);
                    }
                    return findings.getResultList().chain(rows -> Workers.run(() -> report(filter, period, countries, byFindings,
                            asOf, allFindings, found,
                            rows.stream().map(row -> new Indicators.FindingFact((LocalDate) row[0], row[1].toString())).toList())));
                });
            });
        });
    }

    private IndicatorReport report(IndicatorFilter filter, Indicators.Period period, Set<String> countries, boolean byFindings,
            LocalDate asOf, boolean allFindings, List<SeizureFacts> records, List<Indicators.FindingFact> findings) {
        LocalDate from = filter.from != null ? filter.from : records.stream().map(SeizureFacts::date).min(LocalDate::compareTo).orElse(null);
        // without an end, the periods run to the last day anything was seized or happened to a weapon
        LocalDate to = filter.to != null ? filter.to : records.stream()
                .flatMap(r -> Stream.concat(Stream.of(r.date()),
                        r.items().stream().flatMap(i -> i.steps(r.date()).stream()).map(SeizureFacts.Step::on)))
                .filter(Objects::nonNull).max(LocalDate::compareTo).orElse(null);
        IndicatorReport.AppliedFilter applied = new IndicatorReport.AppliedFilter(filter.regime, List.copyOf(countries), filter.operation,
                from, to, filter.period, asOf, !allFindings);
        List<IndicatorReport.PeriodReport> series = Indicators.byPeriod(records, findings, period, from, to, asOf, allFindings).stream()
                .map(p -> new IndicatorReport.PeriodReport(p.period(), p.from(), p.to(), p.figures(),
                        recordsLink(filter, countries, byFindings, p.from(), p.to())))
                .toList();
        return new IndicatorReport(applied, Indicators.of(records, findings, filter.from, filter.to, asOf, allFindings),
                recordsLink(filter, countries, byFindings, filter.from, filter.to), series,
                places(records.stream().filter(r -> filter.from == null || !r.date().isBefore(filter.from)).toList()));
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

    private static String where(IndicatorFilter filter, Set<String> countries, boolean byFindings, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder("1 = 1");
        if (!countries.isEmpty()) {
            where.append(" and r.countryCode in :countries");
            parameters.put("countries", List.copyOf(countries));
        }
        if (filter.operation != null) {
            where.append(" and r.operation = :operation");
            parameters.put("operation", filter.operation);
        }
        if (filter.from != null) {
            where.append(" and r.occurredOn >= :from");
            parameters.put("from", filter.from);
        }
        if (filter.to != null) {
            where.append(" and r.occurredOn <= :to");
            parameters.put("to", filter.to);
        }
        if (byFindings) {
            where.append(" and r.id in (select g.seizureId from Finding g where g.regimeCode = :regime and g.status <> :withdrawn)");
            parameters.put("regime", filter.regime);
            parameters.put("withdrawn", FindingStatus.WITHDRAWN);
        }
        return where.toString();
    }

    private static List<IndicatorReport.Place> places(List<SeizureFacts> records) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, SeizureFacts> first = new LinkedHashMap<>();
        for (SeizureFacts record : records) {
            if (record.latitude() == null || record.longitude() == null) {
                continue;
            }
            String key = Math.round(record.latitude() * 100) + ":" + Math.round(record.longitude() * 100);
            first.putIfAbsent(key, record);
            long[] count = counts.computeIfAbsent(key, k -> new long[2]);
            count[0]++;
            count[1] += record.items().stream().filter(i -> Indicators.WEAPONS.contains(i.category()))
                    .mapToLong(i -> i.quantity() == null ? 1 : i.quantity()).sum();
        }
        return counts.entrySet().stream().limit(MAX_PLACES).map(e -> {
            SeizureFacts at = first.get(e.getKey());
            return new IndicatorReport.Place(at.latitude(), at.longitude(), at.placeName(), at.countryCode(), e.getValue()[0], e.getValue()[1]);
        }).toList();
    }
}
