package org.embargomonitor.gateway.routing;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The services behind the gateway. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** Each part of the API by name: the path it is served under and the service that serves it. */
    Map<String, Route> routes();

    /** How long a service may stay silent in an exchange before the caller gets 504. */
    @WithDefault("120s")
    Duration idleTimeout();

    interface Route {

        /** Path prefix, such as {@code /api/seizures}; the path is passed on unchanged. */
        String path();

        /** Base URL of the service. */
        URI url();

        /** The largest request body passed on; a larger one is refused with 413 before it is read. */
        @WithDefault("10M")
        MemorySize maxBodySize();
    }
}
