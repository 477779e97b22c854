package org.embargomonitor.bench.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.apache.hc.core5.http.HttpHost;
import org.embargomonitor.bench.PlatformClient;
import org.embargomonitor.platform.MarkNormaliser;
import org.embargomonitor.search.query.IndexedRecord;
import org.embargomonitor.testing.LocalServers;
import org.opensearch.client.json.JsonpMapper;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.mapping.TypeMapping;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.SearchRequest;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.indices.IndexSettings;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * PostgreSQL and OpenSearch spoken to directly, without the platform: the ceilings the pipeline benchmark measures
 * the platform against (rows copied, documents bulk-indexed, the same search sent to OpenSearch), and the counts it
 * reads to know when records are stored, evaluated and searchable.
 */
final class RawServers implements AutoCloseable {

    static final String RECORDS_ALIAS = System.getProperty("bench.records-alias", "records");
    private static final String POSTGRES = System.getProperty("bench.postgres", LocalServers.postgresJdbc(""));
    private static final String OPENSEARCH = System.getProperty("bench.opensearch", LocalServers.openSearchUrl());
    private static final int DOCUMENTS_PER_BULK = 500;
    private static final int BULKS_IN_FLIGHT = 2;

    private final OpenSearchClient openSearch;
    private final Connection seizureDb;
    private final Connection embargoDb;

    RawServers() throws Exception {
        var transport = ApacheHttpClient5TransportBuilder.builder(HttpHost.create(OPENSEARCH))
                .setMapper(new JacksonJsonpMapper(PlatformClient.JSON.copy().disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS))).build();
        openSearch = new OpenSearchClient(transport);
        seizureDb = DriverManager.getConnection(POSTGRES + "seizure", "embargo", System.getProperty("bench.db-password", "embargo"));
        embargoDb = DriverManager.getConnection(POSTGRES + "embargo", "embargo", System.getProperty("bench.db-password", "embargo"));
    }

    /** Copies the CSV's rows into a table of text columns of the seizure database with {@code COPY}; answers the time. */
    Duration copy(Path csv) throws SQLException, IOException {
        try (Statement statement = seizureDb.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS bench_copied_rows");
            statement.execute("CREATE TABLE bench_copied_rows (" + SyntheticSeizures.COLUMNS.stream().map(c -> c + " text")
                    .collect(Collectors.joining(", ")) + ")");
            long began = System.nanoTime();
            try (Reader rows = Files.newBufferedReader(csv)) {
                new CopyManager(seizureDb.unwrap(BaseConnection.class)).copyIn("COPY bench_copied_rows FROM STDIN (FORMAT csv, HEADER true)", rows);
            }
            Duration took = Duration.ofNanos(System.nanoTime() - began);
            statement.execute("DROP TABLE bench_copied_rows");
            return took;
        }
    }

    /**
     * Indexes the seizures' search documents into an index of the records mapping of its own, {@value #DOCUMENTS_PER_BULK}
     * per {@code _bulk} and {@value #BULKS_IN_FLIGHT} at a time, then refreshes it; answers the time until searchable.
     */
    Duration bulk(List<SyntheticSeizures.Seizure> seizures) throws Exception {
        String index = "bench-raw-bulk-" + System.currentTimeMillis();
        createIndex(index);
        ExecutorService senders = Executors.newFixedThreadPool(BULKS_IN_FLIGHT);
        try {
            long began = System.nanoTime();
            List<Future<BulkResponse>> sent = new ArrayList<>();
            for (int from = 0; from < seizures.size(); from += DOCUMENTS_PER_BULK) {
                List<BulkOperation> operations = seizures.subList(from, Math.min(seizures.size(), from + DOCUMENTS_PER_BULK)).stream()
                        .map(RawServers::document).map(d -> BulkOperation.of(o -> o.index(i -> i.index(index).id(d.id()).document(d)))).toList();
                sent.add(senders.submit(() -> openSearch.bulk(b -> b.operations(operations))));
            }
            for (Future<BulkResponse> response : sent) {
                if (response.get().errors()) {
                    throw new IllegalStateException("raw _bulk refused documents: " + response.get().items().stream()
                            .filter(i -> i.error() != null).findFirst().map(i -> i.error().reason()).orElse("?"));
                }
            }
            openSearch.indices().refresh(r -> r.index(index));
            return Duration.ofNanos(System.nanoTime() - began);
        } finally {
            senders.shutdown();
            openSearch.indices().delete(d -> d.index(index));
        }
    }

    /** The search document the platform would index for the seizure (search-service's SeizureDocuments). */
    static IndexedRecord document(SyntheticSeizures.Seizure s) {
        List<IndexedRecord.Item> items = new ArrayList<>();
        for (SyntheticSeizures.Item i : s.items()) {
            items.add(new IndexedRecord.Item(UUID.randomUUID().toString(), items.size() + 1, i.category(), i.make(), i.model(), i.calibre(),
                    i.make(), i.serialNumber(), MarkNormaliser.normalise(i.serialNumber()), i.lotNumber(), MarkNormaliser.normalise(i.lotNumber()),
                    i.headstamp(), i.markingState(), "SEIZED"));
        }
        return new IndexedRecord(IndexedRecord.RELATION, UUID.randomUUID().toString(), 1, s.reference(), s.operation(), s.countryCode(),
                s.occurredAt().toString(), s.circumstance(), s.placeName(), s.narrative(), s.possessorDescription(),
                java.util.Map.of("lat", s.latitude(), "lon", s.longitude()), items);
    }

    private void createIndex(String name) throws IOException {
        JsonNode definition;
        try (InputStream resource = IndexedRecord.class.getClassLoader().getResourceAsStream("opensearch/records-v3.json")) {
            definition = PlatformClient.JSON.readTree(resource);
        }
        ObjectNode settings = ((ObjectNode) definition.get("settings")).deepCopy().put("number_of_shards", 1).put("number_of_replicas", 0);
        JsonpMapper mapper = openSearch._transport().jsonpMapper();
        IndexSettings indexSettings = IndexSettings._DESERIALIZER.deserialize(
                mapper.jsonProvider().createParser(new StringReader(settings.toString())), mapper);
        TypeMapping mappings = TypeMapping._DESERIALIZER.deserialize(
                mapper.jsonProvider().createParser(new StringReader(definition.get("mappings").toString())), mapper);
        openSearch.indices().create(c -> c.index(name).settings(indexSettings).mappings(mappings));
    }

    /** Sends a search request to OpenSearch itself; answers the time taken, its answer read as the platform reads it. */
    double search(SearchRequest request) throws IOException {
        long began = System.nanoTime();
        openSearch.search(request, IndexedRecord.class);
        return (System.nanoTime() - began) / 1e6;
    }

    /** The records searchable now (refreshed into the records alias). */
    long searchableRecords() throws IOException {
        return openSearch.count(c -> c.index(RECORDS_ALIAS).query(q -> q.term(t -> t.field("relation").value(v -> v.stringValue(
                IndexedRecord.RELATION))))).count();
    }

    /** Which of the seizures are searchable now. */
    Set<String> searchable(Collection<String> ids) throws IOException {
        if (ids.isEmpty()) {
            return Set.of();
        }
        var found = openSearch.search(s -> s.index(RECORDS_ALIAS).size(ids.size()).source(src -> src.fetch(false))
                .query(q -> q.ids(i -> i.values(List.copyOf(ids)))), Void.class);
        return found.hits().hits().stream().map(h -> h.id()).collect(Collectors.toSet());
    }

    /** Which of the seizures embargo-service has checked. */
    Set<String> evaluated(Collection<String> ids) throws SQLException {
        if (ids.isEmpty()) {
            return Set.of();
        }
        Set<String> found = new HashSet<>();
        try (PreparedStatement query = embargoDb.prepareStatement("SELECT id FROM seizure_record WHERE id = ANY (?)")) {
            Array array = embargoDb.createArrayOf("uuid", ids.stream().map(UUID::fromString).toArray());
            query.setArray(1, array);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
        }
        return found;
    }

    long seizuresStored() throws SQLException {
        return count(seizureDb, "SELECT count(*) FROM seizure");
    }

    long recordsEvaluated() throws SQLException {
        return count(embargoDb, "SELECT count(*) FROM seizure_record");
    }

    long findings() throws SQLException {
        return count(embargoDb, "SELECT count(*) FROM finding");
    }

    long supplyChains() throws SQLException {
        return count(embargoDb, "SELECT count(*) FROM supply_chain");
    }

    /** The bytes the records index holds on disk (primaries). */
    long indexBytes() throws IOException {
        return openSearch.indices().stats(s -> s.index(RECORDS_ALIAS)).all().primaries().store().sizeInBytes();
    }

    long databaseBytes() throws SQLException {
        return count(seizureDb, "SELECT pg_database_size('seizure')") + count(embargoDb, "SELECT pg_database_size('embargo')");
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Override
    public void close() throws Exception {
        seizureDb.close();
        embargoDb.close();
        openSearch._transport().close();
    }
}
