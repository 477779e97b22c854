package org.embargomonitor.platform.pipeline;

import java.time.Duration;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The consumers a service runs, and how they wait out outages. */
@ConfigMapping(prefix = "pipeline")
public interface PipelineConfig {

    /** The incoming channels (mp.messaging.incoming.NAME) reported on the pipeline page. */
    List<String> channels();

    /** How often a dependency that stopped answering is asked again. */
    @WithDefault("2s")
    Duration outageRecheck();

    /** How long a call to Kafka's admin API (lag, dead letters) may take. */
    @WithDefault("10s")
    Duration kafkaTimeout();

    /** Dead letters listed at most. */
    @WithDefault("200")
    int deadLettersListed();
}
