package org.embargomonitor.e2e.fuzz;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the platform has stored, as a row count and checksum per table of each database and the number of
 * documents written to and deleted from each search index: two equal states mean nothing was stored or changed.
 */
public record StoredState(Map<String, String> parts) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static StoredState of(String jdbcBase, List<String> databases, String user, String openSearch, String indexPattern) {
        Map<String, String> parts = new TreeMap<>();
        for (String database : databases) {
            try (Connection connection = DriverManager.getConnection(jdbcBase + database, user, user)) {
                for (String table : tables(connection)) {
                    try (Statement statement = connection.createStatement();
                            ResultSet sum = statement.executeQuery("SELECT count(*) || ' rows ' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '')"
                                    + " FROM " + table + " t")) {
                        sum.next();
                        parts.put(database + "." + table, sum.getString(1));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("could not read " + database, e);
            }
        }
        parts.putAll(indexWrites(openSearch, indexPattern));
        return new StoredState(parts);
    }

    /** The parts that differ from another state, each as "part: before -> after". */
    /** What records add to embargo-service's indicator sums until its fold (every few seconds) adds it in and deletes it. */
    private static final List<String> NOT_YET_FOLDED = List.of("figures_change", "steps_change", "findings_change", "place_change");

    /** Whether the indicator sums are folded, so that a fold between two states is not taken for a change. */
    public boolean folded() {
        return parts.entrySet().stream().filter(part -> NOT_YET_FOLDED.stream().anyMatch(table -> part.getKey().endsWith("." + table)))
                .allMatch(part -> part.getValue().startsWith("0 rows"));
    }

    public List<String> changesSince(StoredState before) {
        List<String> changes = new ArrayList<>();
        TreeMap<String, String> all = new TreeMap<>(before.parts);
        all.putAll(parts);
        all.keySet().forEach(part -> {
            String was = before.parts.get(part);
            String is = parts.get(part);
            if (was == null || !was.equals(is)) {
                changes.add(part + ": " + was + " -> " + is);
            }
        });
        return changes;
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT quote_ident(table_schema) || '.' || quote_ident(table_name)"
                        + " FROM information_schema.tables WHERE table_type = 'BASE TABLE'"
                        + " AND table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    private static Map<String, String> indexWrites(String openSearch, String indexPattern) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(openSearch + "/" + indexPattern + "/_stats/indexing,docs")).build(), HttpResponse.BodyHandlers.ofString());
            Map<String, String> writes = new TreeMap<>();
            JsonNode indices = JSON.readTree(response.body()).path("indices");
            indices.fieldNames().forEachRemaining(index -> {
                JsonNode primaries = indices.path(index).path("primaries");
                writes.put("opensearch." + index, primaries.path("docs").path("count").asLong() + " documents, "
                        + primaries.path("indexing").path("index_total").asLong() + " writes, "
                        + primaries.path("indexing").path("delete_total").asLong() + " deletes");
            });
            return writes;
        } catch (IOException e) {
            throw new IllegalStateException("could not read the search indices", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
