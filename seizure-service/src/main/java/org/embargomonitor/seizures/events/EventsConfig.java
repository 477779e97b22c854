package org.embargomonitor.seizures.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the seizure service publishes its events. */
@ConfigMapping(prefix = "seizures.events")
public interface EventsConfig {

    /** Kafka topic of seizure events, keyed by seizure id. */
    @WithDefault("seizures")
    String seizureTopic();

    /** Kafka topic of evidence events, keyed by seizure id. */
    @WithDefault("evidence")
    String evidenceTopic();
}
