package org.embargomonitor.search.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.embargomonitor.platform.MarkNormaliser;
import org.embargomonitor.platform.problem.ProblemException;
import org.embargomonitor.platform.security.Caller;
import org.embargomonitor.platform.security.ReadScope;
import org.embargomonitor.platform.security.Scopes;
import org.embargomonitor.search.opensearch.RecordsIndex;
import org.opensearch.client.opensearch.OpenSearchAsyncClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.aggregations.Aggregate;
import org.opensearch.client.opensearch._types.query_dsl.Operator;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch._types.query_dsl.SimpleQueryStringFlag;
import org.opensearch.client.opensearch.core.SearchRequest;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.Hit;

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

    private static final List<String> FIELDS = List.of("reference.text^3", "narrative", "narrative.en", "narrative.fr",
            "narrative.ar", "placeName^2", "possessor", "items.make", "items.model", "items.manufacturer");
    /** Facet name to the keyword field counted. */
    private static final Map<String, String> FACETS = Map.of(
            "country", "countryCode", "operation", "operation", "circumstance", "circumstance",
            "category", "items.category", "calibre", "items.calibre", "markingState", "items.markingState",
            "manufacturer", "items.manufacturer.keyword");
    private static final int FACET_SIZE = 20;

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
        if (blank(p.q) && blank(p.mark)) {
            throw ProblemException.invalid("q", "give text to look for (q) or a serial or lot number (mark)");
        }
        boolean newest = "newest".equals(p.sort);
        return SearchRequest.of(s -> {
            s.index(index.alias()).size(size).trackTotalHits(t -> t.enabled(true))
                    .query(q -> q.bool(b -> {
                        if (!blank(p.q)) {
                            b.must(m -> m.simpleQueryString(sq -> sq.query(p.q).fields(FIELDS).defaultOperator(Operator.And)
                                    .flags(f -> f.multiple(safeSyntax()))));
                        }
                        if (!blank(p.mark)) {
                            b.must(markQuery(p.mark));
                        }
                        b.filter(scopeFilter(scopes.readScopeOf(caller)));
                        filters(p).forEach(b::filter);
                        return b;
                    }))
                    .sort(o -> newest ? o.field(f -> f.field("occurredAt").order(SortOrder.Desc))
                            : o.score(sc -> sc.order(SortOrder.Desc)))
                    .sort(o -> o.field(f -> f.field("id").order(SortOrder.Asc)));
            if (withFacets) {
                s.highlight(h -> h.fields("narrative", f -> f.numberOfFragments(3))
                        .fields("narrative.fr", f -> f.numberOfFragments(3))
                        .fields("narrative.en", f -> f.numberOfFragments(3)));
                FACETS.forEach((name, field) -> s.aggregations(name, a -> a.terms(t -> t.field(field).size(FACET_SIZE))));
            }
            if (!blank(cursor)) {
                s.searchAfter(SearchCursor.decode(cursor));
            }
            return s;
        });
    }

    private Uni<SearchResponse<IndexedRecord>> execute(SearchRequest request) {
        try {
            return Uni.createFrom().completionStage(client.search(request, IndexedRecord.class));
        } catch (IOException e) {
            return Uni.createFrom().failure(new UncheckedIOException(e));
        }
    }

    /**
     * A serial or lot number: exact on the normalised form, one misread character tolerated, and ? or * for
     * characters that cannot be read.
     */
    static Query markQuery(String mark) {
        if (mark.contains("?") || mark.contains("*")) {
            String pattern = wildcardPattern(mark);
            if (pattern.replaceAll("[?*]", "").isEmpty()) {
                throw ProblemException.invalid("mark", "needs at least one readable letter or digit");
            }
            return Query.of(q -> q.bool(b -> b.minimumShouldMatch("1")
                    .should(s -> s.wildcard(w -> w.field("items.serialNumberNormalised").value(pattern)))
                    .should(s -> s.wildcard(w -> w.field("items.lotNumberNormalised").value(pattern)))));
        }
        String normalised = MarkNormaliser.normalise(mark);
        if (normalised == null) {
            throw ProblemException.invalid("mark", "has no letters or digits");
        }
        return Query.of(q -> q.bool(b -> b.minimumShouldMatch("1")
                .should(s -> s.term(t -> t.field("items.serialNumberNormalised").value(FieldValue.of(normalised)).boost(3f)))
                .should(s -> s.term(t -> t.field("items.lotNumberNormalised").value(FieldValue.of(normalised)).boost(3f)))
                .should(s -> s.fuzzy(f -> f.field("items.serialNumberNormalised").value(FieldValue.of(normalised)).fuzziness("1")))
                .should(s -> s.fuzzy(f -> f.field("items.lotNumberNormalised").value(FieldValue.of(normalised)).fuzziness("1")))));
    }

    private static String wildcardPattern(String mark) {
        StringBuilder pattern = new StringBuilder();
        for (String part : mark.split("(?<=[?*])|(?=[?*])")) {
            if (part.equals("?") || part.equals("*")) {
                pattern.append(part);
            } else {
                String normalised = MarkNormaliser.normalise(part);
                pattern.append(normalised == null ? "" : normalised);
            }
        }
        return pattern.toString();
    }

    static Query scopeFilter(ReadScope scope) {
        if (scope.everything()) {
            return Query.of(q -> q.matchAll(m -> m));
        }
        if (scope.isEmpty()) {
            return Query.of(q -> q.matchNone(m -> m));
        }
        return Query.of(q -> q.bool(b -> b.minimumShouldMatch("1")
                .should(s -> s.terms(t -> t.field("operation").terms(v -> v.value(values(scope.operations())))))
                .should(s -> s.terms(t -> t.field("countryCode").terms(v -> v.value(values(scope.countries())))))));
    }

    private static List<Query> filters(SearchParameters p) {
        List<Query> filters = new ArrayList<>();
        terms(filters, "countryCode", p.countries);
        terms(filters, "operation", p.operations);
        terms(filters, "items.category", p.categories);
        terms(filters, "items.calibre", p.calibres);
        terms(filters, "items.manufacturer.keyword", p.manufacturers);
        terms(filters, "circumstance", p.circumstances);
        terms(filters, "items.markingState", p.markingStates);
        if (p.from != null || p.to != null) {
            filters.add(Query.of(q -> q.range(r -> {
                r.field("occurredAt");
                if (p.from != null) {
                    r.gte(org.opensearch.client.json.JsonData.of(p.from.toString()));
                }
                if (p.to != null) {
                    r.lt(org.opensearch.client.json.JsonData.of(p.to.plusDays(1).toString()));
                }
                return r;
            })));
        }
        if (p.hasBox()) {
            if (p.north == null || p.south == null || p.east == null || p.west == null) {
                throw ProblemException.invalid("north", "a map box needs north, south, east and west");
            }
            filters.add(Query.of(q -> q.geoBoundingBox(g -> g.field("location").boundingBox(bb -> bb.tlbr(t -> t
                    .topLeft(tl -> tl.latlon(ll -> ll.lat(p.north).lon(p.west)))
                    .bottomRight(br -> br.latlon(ll -> ll.lat(p.south).lon(p.east))))))));
        }
        return filters;
    }

    private static void terms(List<Query> filters, String field, List<String> values) {
        if (values != null && !values.isEmpty()) {
            filters.add(Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(values(Set.copyOf(values)))))));
        }
    }

    private static SearchResults toResults(SearchParameters p, SearchResponse<IndexedRecord> response) {
        List<Hit<IndexedRecord>> hits = response.hits().hits();
        Map<String, List<SearchResults.FacetCount>> facets = new LinkedHashMap<>();
        FACETS.keySet().stream().sorted().forEach(name -> {
            Aggregate aggregate = response.aggregations().get(name);
            facets.put(name, aggregate == null || !aggregate.isSterms() ? List.of()
                    : aggregate.sterms().buckets().array().stream()
                            .map(b -> new SearchResults.FacetCount(b.key(), b.docCount())).toList());
        });
        String next = hits.size() == p.size ? SearchCursor.encode(hits.get(hits.size() - 1).sort()) : null;
        return new SearchResults(p.q, response.hits().total().value(), hits.stream().map(SearchService::toHit).toList(),
                facets, next);
    }

    private static String safeSyntax() {
        return String.join("|", List.of(SimpleQueryStringFlag.And, SimpleQueryStringFlag.Or, SimpleQueryStringFlag.Not,
                SimpleQueryStringFlag.Phrase, SimpleQueryStringFlag.Prefix, SimpleQueryStringFlag.Precedence,
                SimpleQueryStringFlag.Whitespace).stream().map(SimpleQueryStringFlag::jsonValue).toList());
    }

    private static List<FieldValue> values(Set<String> values) {
        return values.stream().map(FieldValue::of).toList();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static RecordHit toHit(Hit<IndexedRecord> hit) {
        IndexedRecord r = hit.source();
        List<String> highlights = hit.highlight().values().stream().flatMap(List::stream).distinct().toList();
        return new RecordHit(r.id(), r.reference(), r.operation(), r.countryCode(), r.occurredAt(), r.placeName(),
                r.circumstance(), hit.score() == null ? 0 : hit.score(), highlights);
    }
}
