package org.embargomonitor.platform.jobs;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How a service's replicas share its background jobs. */
@ConfigMapping(prefix = "jobs")
public interface JobsConfig {

    /** How many jobs one replica runs at once. */
    @WithDefault("2")
    int concurrency();

    /** How often a replica looks for queued jobs and jobs whose replica stopped (read by the runner's schedule). */
    @WithDefault("1s")
    Duration pollInterval();

    /**
     * How long a replica holds a job without renewing its claim (renewed every third of it while the job runs): after a
     * crash, the job is resumed by another replica this long after the last renewal at most.
     */
    @WithDefault("30s")
    Duration lease();

    /** How many times a job is started before it is failed: a job that stops its replica every time must not go on for ever. */
    @WithDefault("3")
    int maxAttempts();
}
