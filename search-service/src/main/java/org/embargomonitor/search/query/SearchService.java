package org.embargomonitor.search.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.embargomonitor.platform.security.Caller;
import org.embargomonitor.platform.security.ReadScope;
import org.embargomonitor.platform.security.Scopes;
import org.embargomonitor.search.opensearch.RecordsIndex;
import org.opensearch.client.opensearch.OpenSearchAsyncClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.query_dsl.Operator;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch._types.query_dsl.SimpleQueryStringFlag;
import org.opensearch.client.opensearch.core.SearchRequest;
import org.opensearch.client.opensearch.core.search.Hit;

import io.smallrye.mutiny.Uni;

/**
 * Full-text search in the safe simple-query-string syntax (quotes, AND/OR/NOT as + | -, prefix*), restricted
 * inside the query to the records the caller may read, so no count or snippet leaks another record.
 */
@ApplicationScoped
public class SearchService {

    private static final List<String> FIELDS = List.of("reference.text^3", "narrative", "narrative.en", "narrative.fr",
            "narrative.ar", "placeName^2");
    private final OpenSearchAsyncClient client;
    private final RecordsIndex index;
    private final Scopes scopes;

    SearchService(OpenSearchAsyncClient client, RecordsIndex index, Scopes scopes) {
        this.client = client;
        this.index = index;
        this.scopes = scopes;
    }

    public Uni<SearchResults> search(String text, int size, Caller caller) {
        SearchRequest request = SearchRequest.of(s -> s.index(index.alias())
                .size(size)
                .trackTotalHits(t -> t.enabled(true))
                .query(q -> q.bool(b -> b
                        .must(m -> m.simpleQueryString(sq -> sq.query(text).fields(FIELDS)
                                .defaultOperator(Operator.And)
                                .flags(f -> f.multiple(safeSyntax()))))
                        .filter(scopeFilter(scopes.readScopeOf(caller)))))
                .highlight(h -> h.fields("narrative", f -> f.numberOfFragments(3))
                        .fields("narrative.fr", f -> f.numberOfFragments(3))
                        .fields("narrative.en", f -> f.numberOfFragments(3))));
        try {
            return Uni.createFrom().completionStage(client.search(request, IndexedRecord.class))
                    .map(response -> new SearchResults(text, response.hits().total().value(),
                            response.hits().hits().stream().map(SearchService::toHit).toList()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    private static String safeSyntax() {
        return String.join("|", List.of(SimpleQueryStringFlag.And, SimpleQueryStringFlag.Or, SimpleQueryStringFlag.Not,
                SimpleQueryStringFlag.Phrase, SimpleQueryStringFlag.Prefix, SimpleQueryStringFlag.Precedence,
                SimpleQueryStringFlag.Whitespace).stream().map(SimpleQueryStringFlag::jsonValue).toList());
    }

    private static List<FieldValue> values(java.util.Set<String> values) {
        return values.stream().map(FieldValue::of).toList();
    }

    private static RecordHit toHit(Hit<IndexedRecord> hit) {
        IndexedRecord r = hit.source();
        List<String> highlights = hit.highlight().values().stream().flatMap(List::stream).distinct().toList();
        return new RecordHit(r.id(), r.reference(), r.operation(), r.countryCode(), r.occurredAt(), r.placeName(),
                r.circumstance(), hit.score() == null ? 0 : hit.score(), highlights);
    }
}
