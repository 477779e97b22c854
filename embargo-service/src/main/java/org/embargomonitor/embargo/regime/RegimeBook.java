package org.embargomonitor.embargo.regime;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** Every regime with its versions, answering "what was in force on this date". */
public final class RegimeBook {

    private final Map<String, List<VersionInForce>> versionsByRegime;

    public RegimeBook(List<VersionInForce> versions) {
        this.versionsByRegime = versions.stream().collect(Collectors.groupingBy(VersionInForce::regimeCode,
                Collectors.collectingAndThen(Collectors.toList(), list -> list.stream()
                        .sorted(Comparator.comparing(VersionInForce::effectiveFrom)).toList())));
    }

    public static RegimeBook of(List<Regime> regimes, List<RegimeVersion> versions) {
        Map<String, Regime> byCode = regimes.stream().collect(Collectors.toMap(r -> r.code, r -> r));
        return new RegimeBook(versions.stream().map(v -> {
            Regime regime = byCode.get(v.regimeCode);
            return new VersionInForce(regime.code, regime.name, regime.establishedOn, List.of(regime.listTypes), v.id, v.effectiveFrom,
                    v.effectiveFromUncertain, v.setBy, v.terms, v.renewedUntil);
        }).toList());
    }

    /** The version of the regime in force on the date, if the regime had started by then. */
    public Optional<VersionInForce> inForce(String regimeCode, LocalDate date) {
        return versionsByRegime.getOrDefault(regimeCode, List.of()).stream()
                .filter(v -> !v.effectiveFrom().isAfter(date))
                .reduce((earlier, later) -> later);
    }

    /** The versions of the regime up to and including the one in force on the date, oldest first. */
    public List<VersionInForce> historyUntil(String regimeCode, LocalDate date) {
        return versionsByRegime.getOrDefault(regimeCode, List.of()).stream().filter(v -> !v.effectiveFrom().isAfter(date)).toList();
    }

    /** The embargoes in force on the date, one version per regime; lifted regimes are left out. */
    public List<VersionInForce> embargoesOn(LocalDate date) {
        return versionsByRegime.keySet().stream().sorted()
                .map(code -> inForce(code, date).orElse(null))
                .filter(Objects::nonNull)
                .filter(VersionInForce::isEmbargo)
                .toList();
    }
}
