package org.embargomonitor.search.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.embargomonitor.platform.security.Caller;
import org.embargomonitor.platform.security.FindingAccess;
import org.embargomonitor.platform.security.ReadScope;
import org.embargomonitor.platform.security.Scopes;
import org.embargomonitor.search.findings.IndexedFinding;
import org.embargomonitor.search.opensearch.Calls;
import org.embargomonitor.search.opensearch.RecordsIndex;
import org.opensearch.client.opensearch.OpenSearchAsyncClient;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.aggregations.Aggregate;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.SearchRequest;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.Hit;
import org.opensearch.client.opensearch.core.search.InnerHitsResult;

import io.smallrye.mutiny.Uni;

/**
 * Full-text and mark search in the safe simple-query-string syntax (quotes, + - |, prefix*), never raw query DSL,
 * restricted inside the query to the records the caller may read, so that no count, facet or snippet leaks another
 * record. Pages follow a stable cursor (search_after on the sort values and the record id).
 */
@ApplicationScoped
public class SearchService {

    /** Records per request when a whole result set is read for an export. */
    static final int EXPORT_PAGE = 500;

    /** Facet name to the keyword field counted. */
    private static final Map<String, String> FACETS = Map.of(
            "country", "countryCode", "operation", "operation", "circumstance", "circumstance",
            "category", "items.category", "calibre", "items.calibre", "markingState", "items.markingState",
            "manufacturer", "items.manufacturer.keyword");
    private static final int FACET_SIZE = 20;
    private static final String FINDINGS = "findings";
    private static final String FINDING_STATUS = "findingStatus";
    private static final String REGIME = "regime";

    private final OpenSearchAsyncClient client;
    private final RecordsIndex index;
    private final Scopes scopes;

    SearchService(OpenSearchAsyncClient client, RecordsIndex index, Scopes scopes) {
        this.client = client;
        this.index = index;
        this.scopes = scopes;
    }

    public Uni<SearchResults> search(SearchParameters p, Caller caller) {
        return execute(request(p, caller, p.size, p.cursor, true)).map(response -> toResults(p, response));
    }

    /** The first records matching, and how many match in all; no facets. */
    public Uni<SearchResponse<IndexedRecord>> firstPage(SearchParameters p, Caller caller, int size) {
        return Uni.createFrom().deferred(() -> execute(request(p, caller, size, null, false)));
    }

    /**
     * Every matching record the caller may read, in the search's order, at most {@code limit}: the page cursor is
     * followed from the first page to the last.
     */
    public Uni<List<IndexedRecord>> allRecords(SearchParameters p, Caller caller, int limit) {
        return pagesFrom(null, p, caller, limit, new ArrayList<>());
    }

    private Uni<List<IndexedRecord>> pagesFrom(String cursor, SearchParameters p, Caller caller, int limit, List<IndexedRecord> records) {
        int size = Math.min(EXPORT_PAGE, limit - records.size());
        return execute(request(p, caller, size, cursor, false)).flatMap(response -> {
            List<Hit<IndexedRecord>> hits = response.hits().hits();
            hits.forEach(hit -> records.add(hit.source()));
            if (hits.size() < size || records.size() >= limit) {
                return Uni.createFrom().item(List.copyOf(records));
            }
            return pagesFrom(SearchCursor.encode(hits.get(hits.size() - 1).sort()), p, caller, limit, records);
        });
    }

    private SearchRequest request(SearchParameters p, Caller caller, int size, String cursor, boolean withFacets) {
        // committee members read confirmed findings, but do not search records
        boolean findingsVisible = FindingAccess.of(caller) == FindingAccess.IN_SCOPE;
        return request(index.alias(), p, scopes.readScopeOf(caller), findingsVisible, size, cursor, withFacets);
    }

    /**
     * The request a search sends to OpenSearch: the query within the read scope, its order, page and, with
     * {@code withFacets}, highlights and facets (the pipeline benchmark sends the same one to OpenSearch itself).
     */
    public static SearchRequest request(String index, SearchParameters p, ReadScope scope, boolean findingsVisible, int size,
            String cursor, boolean withFacets) {
        Query query = RecordQueries.of(p, scope, true, findingsVisible);
        boolean newest = "newest".equals(p.sort);
        return SearchRequest.of(s -> {
            s.index(index).size(size).trackTotalHits(t -> t.enabled(true)).query(query)
                    .sort(o -> newest ? o.field(f -> f.field("occurredAt").order(SortOrder.Desc))
                            : o.score(sc -> sc.order(SortOrder.Desc)))
                    .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
            if (withFacets) {
                s.highlight(h -> h.fields("narrative", f -> f.numberOfFragments(3))
                        .fields("narrative.fr", f -> f.numberOfFragments(3))
                        .fields("narrative.en", f -> f.numberOfFragments(3)));
                FACETS.forEach((name, field) -> s.aggregations(name, a -> a.terms(t -> t.field(field).size(FACET_SIZE))));
                if (findingsVisible) {
                    s.aggregations(FINDINGS, a -> a.children(c -> c.type(IndexedFinding.RELATION))
                            .aggregations(FINDING_STATUS, sub -> sub.terms(t -> t.field("status").size(FACET_SIZE)))
                            .aggregations(REGIME, sub -> sub.terms(t -> t.field("regimeCode").size(FACET_SIZE))));
                }
            }
            if (!RecordQueries.blank(cursor)) {
                s.searchAfter(SearchCursor.decode(cursor));
            }
            return s;
        });
    }

    private Uni<SearchResponse<IndexedRecord>> execute(SearchRequest request) {
        return Calls.uni(() -> client.search(request, IndexedRecord.class));
    }

    private static SearchResults toResults(SearchParameters p, SearchResponse<IndexedRecord> response) {
        List<Hit<IndexedRecord>> hits = response.hits().hits();
        Map<String, List<SearchResults.FacetCount>> facets = new LinkedHashMap<>();
        FACETS.keySet().stream().sorted().forEach(name -> facets.put(name, counts(response.aggregations().get(name))));
        Aggregate findings = response.aggregations().get(FINDINGS);
        if (findings != null && findings.isChildren()) {
            facets.put(FINDING_STATUS, counts(findings.children().aggregations().get(FINDING_STATUS)));
            facets.put(REGIME, counts(findings.children().aggregations().get(REGIME)));
        }
        String next = hits.size() == p.size ? SearchCursor.encode(hits.get(hits.size() - 1).sort()) : null;
        return new SearchResults(p.q, response.hits().total().value(), hits.stream().map(SearchService::toHit).toList(),
                facets, next);
    }

    private static List<SearchResults.FacetCount> counts(Aggregate aggregate) {
        return aggregate == null || !aggregate.isSterms() ? List.of()
                : aggregate.sterms().buckets().array().stream().map(b -> new SearchResults.FacetCount(b.key(), b.docCount())).toList();
    }

    private static RecordHit toHit(Hit<IndexedRecord> hit) {
        IndexedRecord r = hit.source();
        List<String> highlights = hit.highlight().values().stream().flatMap(List::stream).distinct().toList();
        InnerHitsResult inner = hit.innerHits().get(RecordQueries.DOCUMENTS);
        List<RecordHit.DocumentHit> documents = inner == null ? List.of() : inner.hits().hits().stream().map(d -> {
            JsonObject source = d.source() == null ? JsonValue.EMPTY_JSON_OBJECT : d.source().toJson().asJsonObject();
            return new RecordHit.DocumentHit(d.id(), source.getString("fileName", null), source.getString("mediaType", null),
                    d.highlight().values().stream().flatMap(List::stream).distinct().toList());
        }).toList();
        Map<String, Double> location = r.location() == null ? Map.of() : r.location();
        return new RecordHit(r.id(), r.reference(), r.operation(), r.countryCode(), r.occurredAt(), r.placeName(), location.get("lat"),
                location.get("lon"), r.circumstance(), hit.score() == null ? 0 : hit.score(), highlights, documents);
    }
}
