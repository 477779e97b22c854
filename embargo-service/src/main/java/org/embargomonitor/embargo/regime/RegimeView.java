package org.embargomonitor.embargo.regime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A regime with its whole history, its corrections and the version in force on the date asked for. */
@Schema(name = "Regime")
public record RegimeView(String code, String name, String committee, String establishedBy, LocalDate establishedOn,
        String summary, String source, List<String> listTypes, boolean fromCatalogue,
        @Schema(description = "The date the in-force version was looked up for") LocalDate asOf,
        @Schema(description = "The version in force on asOf; null before the regime started") RegimeVersionView inForce,
        @Schema(description = "Every version applied, oldest first") List<RegimeVersionView> versions,
        @Schema(description = "Versions found wrong and what corrected them, oldest first") List<Correction> corrections) {

    /** A version found wrong, kept as it was, with the erratum that replaced or withdrew it. */
    @Schema(name = "Correction")
    public record Correction(ErratumView erratum, RegimeVersionView corrected) {
    }

    public static RegimeView of(Regime regime, List<RegimeVersion> versionsInDateOrder, List<RegimeErratum> errata, LocalDate asOf) {
        List<RegimeVersion> applied = versionsInDateOrder.stream().filter(v -> !v.superseded).toList();
        List<RegimeVersionView> views = new ArrayList<>();
        for (int i = 0; i < applied.size(); i++) {
            LocalDate until = i + 1 < applied.size() ? applied.get(i + 1).effectiveFrom : null;
            views.add(RegimeVersionView.of(applied.get(i), until));
        }
        RegimeVersionView inForce = views.stream().filter(v -> !v.effectiveFrom().isAfter(asOf))
                .reduce((earlier, later) -> later).orElse(null);
        Map<UUID, RegimeVersion> byId = versionsInDateOrder.stream().collect(Collectors.toMap(v -> v.id, Function.identity()));
        List<Correction> corrections = errata.stream().filter(e -> byId.containsKey(e.correctedVersionId))
                .map(e -> new Correction(ErratumView.of(e), RegimeVersionView.of(byId.get(e.correctedVersionId), null))).toList();
        return new RegimeView(regime.code, regime.name, regime.committee, regime.establishedBy, regime.establishedOn,
                regime.summary, regime.source, List.of(regime.listTypes), regime.fromCatalogue, asOf, inForce, List.copyOf(views),
                corrections);
    }
}
