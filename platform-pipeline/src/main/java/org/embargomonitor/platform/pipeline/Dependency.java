package org.embargomonitor.platform.pipeline;

import io.smallrye.mutiny.Uni;

/** A server a consumer cannot work without (PostgreSQL, OpenSearch, another service), asked whether it answers. */
public interface Dependency {

    String name();

    /** Whether the server answers now; never fails. */
    Uni<Boolean> answers();
}
