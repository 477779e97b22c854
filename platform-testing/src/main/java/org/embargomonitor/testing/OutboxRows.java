package org.embargomonitor.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/** The events a service wrote to its outbox (table outbox_event, platform-outbox), exactly as they are sent. */
public final class OutboxRows {

    private OutboxRows() {
    }

    /** The payloads written for one topic and key, oldest first. */
    public static List<String> payloads(DataSource database, String topic, String key) throws SQLException {
        List<String> payloads = new ArrayList<>();
        try (Connection connection = database.getConnection(); PreparedStatement select = connection.prepareStatement(
                "select payload from outbox_event where topic = ? and event_key = ? order by created_at")) {
            select.setString(1, topic);
            select.setString(2, key);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    payloads.add(rows.getString(1));
                }
            }
        }
        return payloads;
    }
}
