package org.embargomonitor.platform.pipeline;

import java.time.Duration;

import io.smallrye.mutiny.Uni;

/** A server a consumer cannot work without (PostgreSQL, OpenSearch, another service), asked whether it answers. */
public interface Dependency {

    String name();

    /** Whether the server answers now; never fails. */
    Uni<Boolean> answers();

    /** The answer of a check that must come within the patience: silence or a failure counts as not answering. */
    static Uni<Boolean> within(Duration patience, Uni<Boolean> check) {
        return check.ifNoItem().after(patience).fail().onFailure().recoverWithItem(false);
    }
}
