package org.embargomonitor.platform.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the outbox relay works. */
@ConfigMapping(prefix = "outbox")
public interface OutboxConfig {

    /**
     * How often the relay looks for committed events besides being told of each commit (read by the relay's schedule):
     * the most an event waits when a notification was missed (an empty look is one indexed query).
     */
    @WithDefault("200ms")
    Duration relayInterval();

    /** How many outbox events one relay pass publishes at most. */
    @WithDefault("200")
    int relayBatchSize();

    /** How long a published event stays in the outbox (to look into what was sent) before it is purged. */
    @WithDefault("P7D")
    Duration retention();
}
