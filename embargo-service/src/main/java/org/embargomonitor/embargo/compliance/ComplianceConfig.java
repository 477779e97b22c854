package org.embargomonitor.embargo.compliance;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "embargo.compliance")
public interface ComplianceConfig {

    /** Kafka topic of finding events, keyed by seizure id. */
    @WithDefault("findings")
    String findingTopic();

    /** Serials of the same make, model and prefix at most this far apart are linked as a possible common supply. */
    @WithDefault("50")
    int serialRange();
}
