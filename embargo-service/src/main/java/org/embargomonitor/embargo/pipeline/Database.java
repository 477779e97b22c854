package org.embargomonitor.embargo.pipeline;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.embargomonitor.platform.pipeline.Dependency;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/** The embargo database, as the consumers depend on it. */
@ApplicationScoped
public class Database implements Dependency {

    private static final Duration PATIENCE = Duration.ofSeconds(3);
    private final Pool pool;

    Database(Pool pool) {
        this.pool = pool;
    }

    @Override
    public String name() {
        return "PostgreSQL";
    }

    @Override
    public Uni<Boolean> answers() {
        return Dependency.within(PATIENCE, pool.query("select 1").execute().replaceWith(true));
    }
}
