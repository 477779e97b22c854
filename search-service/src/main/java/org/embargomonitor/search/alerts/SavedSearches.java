package org.embargomonitor.search.alerts;

import static org.embargomonitor.search.opensearch.Calls.uni;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.stream.JsonGenerator;

import org.embargomonitor.platform.problem.ProblemException;
import org.embargomonitor.platform.security.Caller;
import org.embargomonitor.platform.security.Scopes;
import org.embargomonitor.search.opensearch.BulkWriter;
import org.embargomonitor.search.opensearch.RecordsIndex;
import org.embargomonitor.search.query.IndexedRecord;
import org.embargomonitor.search.query.RecordQueries;
import org.jboss.logging.Logger;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.json.JsonpMapper;
import org.opensearch.client.opensearch.OpenSearchAsyncClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.Refresh;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.core.search.Hit;
import org.opensearch.client.transport.httpclient5.ResponseException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.smallrye.mutiny.Uni;

/**
 * Saved searches with alerts. A saved search is stored as an OpenSearch percolator query (with its owner's read
 * scope inside it); each newly indexed record version is percolated against them, and every saved search it
 * matches gets one alert for that record, listed to its owner.
 */
@ApplicationScoped
public class SavedSearches {

    private static final Logger LOG = Logger.getLogger(SavedSearches.class);
    private static final int MAX_SAVED_PER_OWNER = 100;
    private static final int CONFLICT = 409;
    private static final int MAX_MATCHING_SEARCHES = 1000;
    private static final String SLOTS = "_percolator_document_slot";

    private final OpenSearchAsyncClient client;
    private final RecordsIndex records;
    private final Scopes scopes;
    private final BulkWriter writer;
    private final ObjectMapper json;

    SavedSearches(OpenSearchAsyncClient client, RecordsIndex records, Scopes scopes, BulkWriter writer, ObjectMapper json) {
        this.client = client;
        this.records = records;
        this.scopes = scopes;
        this.writer = writer;
        this.json = json;
    }

    /** The saved searches index of the current records mapping: percolator queries are parsed against it. */
    String savedIndex() {
        return records.companion("saved-searches-v" + RecordsIndex.VERSION);
    }

    String alertsIndex() {
        return records.companion("alerts");
    }

    /** The saved searches and alerts indices exist, of the current records mapping. */
    public void ensureIndices() throws IOException, ExecutionException, InterruptedException {
        JsonNode definition = records.definition();
        if (!exists(savedIndex())) {
            ObjectNode mappings = (ObjectNode) definition.get("mappings").deepCopy();
            ObjectNode properties = (ObjectNode) mappings.get("properties");
            properties.set("relation", json.createObjectNode().put("type", "keyword"));
            properties.set("query", json.createObjectNode().put("type", "percolator"));
            properties.set("name", json.createObjectNode().put("type", "keyword"));
            properties.set("owner", json.createObjectNode().put("type", "keyword"));
            properties.set("createdAt", json.createObjectNode().put("type", "date"));
            properties.set("search", json.createObjectNode().put("type", "object").put("enabled", false));
            records.createIndex(savedIndex(), (ObjectNode) definition.get("settings"), mappings);
        }
        if (!exists(alertsIndex())) {
            ObjectNode mappings = json.createObjectNode().put("dynamic", "strict");
            ObjectNode properties = mappings.putObject("properties");
            for (String keyword : List.of("savedSearchId", "savedSearchName", "owner", "recordId", "reference", "operation", "countryCode")) {
                properties.set(keyword, json.createObjectNode().put("type", "keyword"));
            }
            properties.set("occurredAt", json.createObjectNode().put("type", "date"));
            properties.set("matchedAt", json.createObjectNode().put("type", "date"));
            records.createIndex(alertsIndex(), json.createObjectNode(), mappings);
        }
    }

    /**
     * Saves the search in the first free one of the owner's {@value #MAX_SAVED_PER_OWNER} slots: each slot has a
     * document id of its own, created only if absent, so that searches saved at the same moment never exceed the
     * limit; one that meets a slot taken meanwhile tries the next.
     */
    public Uni<SavedSearch> save(NewSavedSearch search, Caller caller) {
        Query query = RecordQueries.of(search.parameters(), scopes.readScopeOf(caller), false, false);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        ObjectNode document = json.createObjectNode().put("name", search.name()).put("owner", caller.username())
                .put("createdAt", now.toString());
        document.set("search", json.valueToTree(search));
        document.set("query", toJson(query));
        return ofOwner(caller).flatMap(existing -> {
            if (existing.size() >= MAX_SAVED_PER_OWNER) {
                throw ProblemException.conflict("name", "you have " + MAX_SAVED_PER_OWNER + " saved searches; delete one first");
            }
            Set<String> taken = existing.stream().map(SavedSearch::id).collect(Collectors.toSet());
            return saveInSlot(caller.username(), document, taken, ThreadLocalRandom.current().nextInt(MAX_SAVED_PER_OWNER), 0);
        }).map(id -> new SavedSearch(id, search.name(), search, caller.username(), now));
    }

    /** Tries the slots one after the other, from a random one, so that searches saved together rarely meet. */
    private Uni<String> saveInSlot(String owner, ObjectNode document, Set<String> taken, int first, int tried) {
        if (tried >= MAX_SAVED_PER_OWNER) {
            return Uni.createFrom().failure(ProblemException.conflict("name",
                    "you have " + MAX_SAVED_PER_OWNER + " saved searches; delete one first"));
        }
        String id = slotId(owner, (first + tried) % MAX_SAVED_PER_OWNER);
        if (taken.contains(id)) {
            return saveInSlot(owner, document, taken, first, tried + 1);
        }
        return uni(() -> client.create(c -> c.index(savedIndex()).id(id).document(document).refresh(Refresh.WaitFor)))
                .replaceWith(id)
                .onFailure(SavedSearches::slotTaken).recoverWithUni(() -> saveInSlot(owner, document, taken, first, tried + 1));
    }

    private static String slotId(String owner, int slot) {
        return UUID.nameUUIDFromBytes((owner + "/saved-search/" + slot).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static boolean slotTaken(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OpenSearchException refused && refused.status() == CONFLICT
                    || cause instanceof ResponseException answered && answered.status() == CONFLICT) {
                return true;
            }
        }
        return false;
    }

    public Uni<List<SavedSearch>> ofOwner(Caller caller) {
        return uni(() -> client.search(s -> s.index(savedIndex()).size(MAX_SAVED_PER_OWNER)
                .query(q -> q.term(t -> t.field("owner").value(FieldValue.of(caller.username()))))
                .sort(o -> o.field(f -> f.field("createdAt").order(SortOrder.Desc)))
                .source(src -> src.filter(f -> f.excludes("query"))), ObjectNode.class))
                .map(response -> response.hits().hits().stream().map(this::toSavedSearch).toList());
    }

    /** Deletes the caller's saved search and its alerts; 404 for another's. */
    public Uni<Void> delete(String id, Caller caller) {
        return ofOwner(caller).flatMap(mine -> {
            if (mine.stream().noneMatch(s -> s.id().equals(id))) {
                throw ProblemException.notFound("You have no saved search " + id + ".");
            }
            return uni(() -> client.delete(d -> d.index(savedIndex()).id(id).refresh(Refresh.WaitFor)))
                    .chain(() -> uni(() -> client.deleteByQuery(d -> d.index(alertsIndex()).refresh(Refresh.True)
                            .query(q -> q.term(t -> t.field("savedSearchId").value(FieldValue.of(id)))))))
                    .replaceWithVoid();
        });
    }

    /** The caller's alerts, newest first, for records still within the caller's read scope. */
    public Uni<List<Alert>> alertsOf(Caller caller, String savedSearchId, int size) {
        Query scope = RecordQueries.scopeFilter(scopes.readScopeOf(caller));
        return uni(() -> client.search(s -> s.index(alertsIndex()).size(size)
                .query(q -> q.bool(b -> {
                    b.filter(f -> f.term(t -> t.field("owner").value(FieldValue.of(caller.username())))).filter(scope);
                    if (savedSearchId != null) {
                        b.filter(f -> f.term(t -> t.field("savedSearchId").value(FieldValue.of(savedSearchId))));
                    }
                    return b;
                }))
                .sort(o -> o.field(f -> f.field("matchedAt").order(SortOrder.Desc))), Alert.class))
                .map(response -> response.hits().hits().stream().map(Hit::source).toList());
    }

    /**
     * Percolates newly indexed record versions against the saved searches and records one alert per saved search
     * and record. Retried a few times; alerts never hold up indexing, so a lasting failure is logged.
     */
    public Uni<Void> alertOn(List<IndexedRecord> indexed) {
        if (indexed.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<JsonData> documents = indexed.stream().map(JsonData::of).toList();
        return uni(() -> client.search(s -> s.index(savedIndex()).size(MAX_MATCHING_SEARCHES)
                .query(q -> q.percolate(p -> p.field("query").documents(documents)))
                .source(src -> src.filter(f -> f.includes("name", "owner"))), ObjectNode.class))
                .flatMap(response -> writer.writeOnce("alerts", alerts(response, indexed), false))
                .onFailure().retry().withBackOff(Duration.ofMillis(250), Duration.ofSeconds(2)).atMost(3)
                .onFailure().recoverWithItem(failure -> {
                    LOG.errorf("Saved searches could not be matched against %d records: %s", indexed.size(), failure.getMessage());
                    return null;
                });
    }

    private List<BulkOperation> alerts(SearchResponse<ObjectNode> response, List<IndexedRecord> indexed) {
        String now = OffsetDateTime.now(ZoneOffset.UTC).toString();
        List<BulkOperation> operations = new ArrayList<>();
        for (Hit<ObjectNode> hit : response.hits().hits()) {
            JsonData slots = hit.fields().get(SLOTS);
            List<Integer> matched = slots == null ? List.of(0) : List.of(slots.to(Integer[].class));
            for (int slot : matched) {
                IndexedRecord record = indexed.get(slot);
                Alert alert = new Alert(hit.id(), hit.source().path("name").asText(), hit.source().path("owner").asText(), record.id(),
                        record.reference(), record.operation(), record.countryCode(), record.occurredAt(), now);
                operations.add(BulkOperation.of(op -> op.create(c -> c.index(alertsIndex()).id(hit.id() + ":" + record.id()).document(alert))));
            }
        }
        return operations;
    }

    private SavedSearch toSavedSearch(Hit<ObjectNode> hit) {
        ObjectNode source = hit.source();
        try {
            return new SavedSearch(hit.id(), source.path("name").asText(), json.treeToValue(source.get("search"), NewSavedSearch.class),
                    source.path("owner").asText(), OffsetDateTime.parse(source.path("createdAt").asText()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode toJson(Query query) {
        JsonpMapper mapper = client._transport().jsonpMapper();
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = mapper.jsonProvider().createGenerator(out)) {
            query.serialize(generator, mapper);
        }
        try {
            return json.readTree(out.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean exists(String index) throws IOException, ExecutionException, InterruptedException {
        return client.indices().exists(e -> e.index(index)).get().value();
    }
}
