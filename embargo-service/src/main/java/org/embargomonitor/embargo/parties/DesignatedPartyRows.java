package org.embargomonitor.embargo.parties;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;

/**
 * The designated parties as plain rows, read outside any session: hydrating a thousand entities with their JSON on
 * the event loop blocks it for seconds, so callers parse the rows on a worker.
 */
@ApplicationScoped
public class DesignatedPartyRows {

    private final Pool database;

    DesignatedPartyRows(Pool database) {
        this.database = database;
    }

    public Uni<List<Row>> all() {
        return database.query("select reference, kind, list_type, name, listed_on, delisted_on, last_seen_listed_on,"
                + " delisted_periods::text as delisted_periods, details::text as details from designated_party").execute()
                .map(rows -> {
                    List<Row> all = new ArrayList<>(rows.size());
                    rows.forEach(all::add);
                    return all;
                });
    }
}
