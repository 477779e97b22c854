package org.embargomonitor.embargo.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
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
import org.hibernate.reactive.mutiny.Mutiny;

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

    private final int page;

    IndicatorService(RegimeVersionRepository versions, Scopes scopes,
            @ConfigProperty(name = "embargo.indicators.page-size", defaultValue = "2000") int page) {
        this.versions = versions;
        this.scopes = scopes;
        this.page = page;
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
            Indicators.Running running = new Indicators.Running(period, filter.from, filter.to, asOf);
            Places places = new Places(filter.from);
            return Panache.getSession().flatMap(session -> {
                var findings = session.createSelectionQuery("select f.seizureDate, f.status, count(f) from Finding f, SeizureRecord r "
                        + "where f.seizureId = r.id and f.status <> :withdrawn and " + where
                        + (filter.regime != null ? " and f.regimeCode = :regime" : "") + " group by f.seizureDate, f.status", Object[].class);
                parameters.forEach(findings::setParameter);
                findings.setParameter("withdrawn", FindingStatus.WITHDRAWN);
                if (filter.regime != null && !parameters.containsKey("regime")) {
                    findings.setParameter("regime", filter.regime);
                }
                // records seized before the period too: a weapon destroyed in it counts there, whenever it was seized
                return recordsFrom(session, until, untilParameters, null, running, places)
                        .chain(() -> findings.getResultList())
                        .map(rows -> {
                            rows.forEach(row -> running.add(new Indicators.FindingFact((LocalDate) row[0], row[1].toString()), (Long) row[2]));
                            return report(filter, countries, byFindings, asOf, allFindings, running, places);
                        });
            });
        });
    }

    /**
     * Adds the records in scope to the running figures and the places, a page at a time in the order of their
     * dates (their facts alone, never entities the session would hold), each page counted on a worker thread.
     */
    private Uni<Void> recordsFrom(Mutiny.Session session, String until, Map<String, Object> parameters, SeizureFacts after,
            Indicators.Running running, Places places) {
        var query = session.createSelectionQuery("select r.facts from SeizureRecord r where " + until
                + (after == null ? "" : " and (r.occurredOn > :afterDay or (r.occurredOn = :afterDay and r.id > :afterId))")
                + " order by r.occurredOn, r.id", SeizureFacts.class).setMaxResults(page);
        parameters.forEach(query::setParameter);
        if (after != null) {
            query.setParameter("afterDay", after.date()).setParameter("afterId", after.id());
        }
        return query.getResultList().chain(records -> Workers.run(() -> {
            records.forEach(record -> {
                running.add(record);
                places.add(record);
            });
            return records;
        })).chain(records -> records.size() < page ? Uni.createFrom().voidItem()
                : recordsFrom(session, until, parameters, records.get(records.size() - 1), running, places));
    }

    private IndicatorReport report(IndicatorFilter filter, Set<String> countries, boolean byFindings, LocalDate asOf,
            boolean allFindings, Indicators.Running running, Places places) {
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
                series, places.list());
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

    /**
     * Records seized from the filter's first day on, counted by place (to about a kilometre) for the map: the first
     * {@value #MAX_PLACES} places in the order of the records' dates.
     */
    private static final class Places {
        private final LocalDate from;
        private final Map<String, long[]> counts = new LinkedHashMap<>();
        private final Map<String, IndicatorReport.Place> first = new LinkedHashMap<>();

        Places(LocalDate from) {
            this.from = from;
        }

        void add(SeizureFacts record) {
            if (record.latitude() == null || record.longitude() == null || (from != null && record.date().isBefore(from))) {
                return;
            }
            String key = Math.round(record.latitude() * 100) + ":" + Math.round(record.longitude() * 100);
            if (!counts.containsKey(key) && counts.size() == MAX_PLACES) {
                return;
            }
            first.putIfAbsent(key, new IndicatorReport.Place(record.latitude(), record.longitude(), record.placeName(), record.countryCode(), 0, 0));
            long[] count = counts.computeIfAbsent(key, k -> new long[2]);
            count[0]++;
            count[1] += record.items().stream().filter(i -> Indicators.WEAPONS.contains(i.category()))
                    .mapToLong(i -> i.quantity() == null ? 1 : i.quantity()).sum();
        }

        List<IndicatorReport.Place> list() {
            return counts.entrySet().stream().map(e -> {
                IndicatorReport.Place at = first.get(e.getKey());
                return new IndicatorReport.Place(at.latitude(), at.longitude(), at.placeName(), at.countryCode(), e.getValue()[0],
                        e.getValue()[1]);
            }).toList();
        }
    }
}
