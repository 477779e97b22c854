package org.embargomonitor.seizures.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.embargomonitor.platform.outbox.OutboxPurge;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;

/** The outbox in the real PostgreSQL: events published longer ago than the retention (7 days) are deleted, recent ones kept. */
@QuarkusTest
class OutboxPurgeTest {

    @Inject
    OutboxPurge purge;

    @Inject
    AgroalDataSource database;

    @Test
    void shouldDeleteOnlyEventsPublishedLongerAgoThanTheRetention() throws Throwable {
        OffsetDateTime now = OffsetDateTime.now();
        UUID publishedLongAgo = write(now.minusDays(40), now.minusDays(30));
        UUID publishedYesterday = write(now.minusDays(1), now.minusDays(1));

        int purged = VertxContextSupport.subscribeAndAwait(() -> purge.purge());

        assertThat(purged).isGreaterThanOrEqualTo(1);
        assertThat(stored(List.of(publishedLongAgo, publishedYesterday))).containsExactly(publishedYesterday);
    }

    private UUID write(OffsetDateTime created, OffsetDateTime published) throws Exception {
        UUID id = UUID.randomUUID();
        try (Connection connection = database.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "insert into outbox_event (id, topic, event_key, payload, created_at, published_at) values (?, 'purge-test', ?, '{}', ?, ?)")) {
            insert.setObject(1, id);
            insert.setString(2, id.toString());
            insert.setObject(3, created);
            insert.setObject(4, published);
            insert.executeUpdate();
        }
        return id;
    }

    private List<UUID> stored(List<UUID> ids) throws Exception {
        try (Connection connection = database.getConnection();
                PreparedStatement select = connection.prepareStatement("select id from outbox_event where id = any (?)")) {
            select.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                List<UUID> found = new ArrayList<>();
                while (rows.next()) {
                    found.add(rows.getObject(1, UUID.class));
                }
                return found;
            }
        }
    }
}
