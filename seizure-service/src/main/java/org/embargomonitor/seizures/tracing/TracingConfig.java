package org.embargomonitor.seizures.tracing;

import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long States have to answer a panel's tracing request, and how often the panel reminds them. */
@ConfigMapping(prefix = "seizures.tracing")
public interface TracingConfig {

    /** Days from the request to its due date, unless the panel that sent it has its own. */
    @WithDefault("28")
    int responseDays();

    /** A panel's own response time in days, by panel (as in {@code embargo.scope.panel-countries}). */
    Map<String, Integer> panelResponseDays();

    /** Days between reminders once a request is overdue. */
    @WithDefault("14")
    int reminderIntervalDays();

    default int responseDaysOf(String panel) {
        return panel == null ? responseDays() : panelResponseDays().getOrDefault(panel, responseDays());
    }
}
