package org.embargomonitor.embargo.regime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A regime with its whole history and the version in force on the date asked for. */
@Schema(name = "Regime")
public record RegimeView(String code, String name, String committee, String establishedBy, LocalDate establishedOn,
        String summary, String source, List<String> listTypes, boolean fromCatalogue,
        @Schema(description = "The date the in-force version was looked up for") LocalDate asOf,
        @Schema(description = "The version in force on asOf; null before the regime started") RegimeVersionView inForce,
        @Schema(description = "Every version, oldest first") List<RegimeVersionView> versions) {

    public static RegimeView of(Regime regime, List<RegimeVersion> versionsInDateOrder, LocalDate asOf) {
        List<RegimeVersionView> views = new ArrayList<>();
        for (int i = 0; i < versionsInDateOrder.size(); i++) {
            LocalDate until = i + 1 < versionsInDateOrder.size() ? versionsInDateOrder.get(i + 1).effectiveFrom : null;
            views.add(RegimeVersionView.of(versionsInDateOrder.get(i), until));
        }
        RegimeVersionView inForce = views.stream().filter(v -> !v.effectiveFrom().isAfter(asOf))
                .reduce((earlier, later) -> later).orElse(null);
        return new RegimeView(regime.code, regime.name, regime.committee, regime.establishedBy, regime.establishedOn,
                regime.summary, regime.source, List.of(regime.listTypes), regime.fromCatalogue, asOf, inForce, List.copyOf(views));
    }
}
