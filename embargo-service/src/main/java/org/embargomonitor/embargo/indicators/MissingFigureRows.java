package org.embargomonitor.embargo.indicators;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.embargomonitor.embargo.compliance.SeizureFacts;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Fills the figures rows of stored records that have none (those stored before the figures were kept), over plain JDBC
 * so that it runs as a database migration, before the service reads or writes a record.
 */
public final class MissingFigureRows {

    private static final Logger LOG = Logger.getLogger(MissingFigureRows.class);
    private static final int PROGRESS_EVERY = 10_000;
    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private MissingFigureRows() {
    }

    /** Answers how many records it filled. */
    public static long fill(Connection connection) throws SQLException {
        long filled = 0;
        try (PreparedStatement select = connection.prepareStatement("select r.facts::text from seizure_record r "
                + "where not exists (select 1 from record_figures f where f.seizure_id = r.id)")) {
            select.setFetchSize(500);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    store(connection, read(rows.getString(1)));
                    if (++filled % PROGRESS_EVERY == 0) {
                        LOG.infof("Figures of %d stored records computed", filled);
                    }
                }
            }
        }
        LOG.infof("Figures of the %d records stored without them computed", filled);
        return filled;
    }

    private static SeizureFacts read(String facts) throws SQLException {
        try {
            return JSON.readValue(facts, SeizureFacts.class);
        } catch (java.io.IOException e) {
            throw new SQLException("A stored record's facts cannot be read: " + e.getMessage(), e);
        }
    }

    private static void store(Connection connection, SeizureFacts record) throws SQLException {
        for (RecordFigureRows.Statement statement : RecordFigureRows.replacing(List.of(record))) {
            execute(connection, statement.sql(), statement.parameters());
        }
    }

    private static void execute(Connection connection, String sql, List<Object> parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            statement.executeUpdate();
        }
    }
}
