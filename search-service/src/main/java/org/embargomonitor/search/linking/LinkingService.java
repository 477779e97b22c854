package org.embargomonitor.search.linking;

import static org.embargomonitor.search.opensearch.Calls.uni;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.embargomonitor.platform.problem.ProblemException;
import org.embargomonitor.platform.security.Caller;
import org.embargomonitor.platform.security.ReadScope;
import org.embargomonitor.platform.security.Scopes;
import org.embargomonitor.search.opensearch.RecordsIndex;
import org.embargomonitor.search.query.IndexedRecord;
import org.embargomonitor.search.query.RecordQueries;
import org.opensearch.client.opensearch.OpenSearchAsyncClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.search.Hit;

import io.smallrye.mutiny.Uni;

/**
 * Linked items: for one item, the others, across seizures and countries, with the same lot or headstamp, or a
 * serial within a close range of the same make and model. Only records the caller may read are looked at.
 */
@ApplicationScoped
public class LinkingService {

    private final OpenSearchAsyncClient client;
    private final RecordsIndex index;
    private final Scopes scopes;
    private final LinkingConfig config;

    LinkingService(OpenSearchAsyncClient client, RecordsIndex index, Scopes scopes, LinkingConfig config) {
        this.client = client;
        this.index = index;
        this.scopes = scopes;
        this.config = config;
    }

    public Uni<LinkedItemsView> linkedTo(String seizureId, String itemId, Caller caller) {
        ReadScope scope = scopes.readScopeOf(caller);
        return records(Query.of(q -> q.term(t -> t.field("id").value(FieldValue.of(seizureId)))), scope, 1)
                .flatMap(found -> {
                    IndexedRecord record = found.stream().findFirst()
                            .orElseThrow(() -> ProblemException.notFound("No record " + seizureId + " that you may read."));
                    IndexedRecord.Item item = record.items().stream().filter(i -> itemId.equals(i.id())).findFirst()
                            .orElseThrow(() -> ProblemException.notFound("Record " + seizureId + " has no item " + itemId + "."));
                    List<Query> signals = signals(item);
                    if (signals.isEmpty()) {
                        return Uni.createFrom().item(new LinkedItemsView(seizureId, record.reference(), item, config.serialRange(), List.of()));
                    }
                    Query candidates = Query.of(q -> q.bool(b -> b.should(signals).minimumShouldMatch("1")));
                    return records(candidates, scope, config.maxCandidates()).map(others -> new LinkedItemsView(seizureId,
                            record.reference(), item, config.serialRange(), LinkedItems.linkedTo(item, others, config.serialRange())));
                });
    }

    private static List<Query> signals(IndexedRecord.Item item) {
        List<Query> signals = new ArrayList<>();
        if (item.lotNumberNormalised() != null) {
            signals.add(term("items.lotNumberNormalised", item.lotNumberNormalised()));
        }
        if (item.headstamp() != null) {
            signals.add(term("items.headstamp", item.headstamp()));
        }
        if (item.serialNumberNormalised() != null && item.make() != null && item.model() != null) {
            signals.add(Query.of(q -> q.bool(b -> b.filter(term("items.make.keyword", item.make().strip()))
                    .filter(term("items.model.keyword", item.model().strip())))));
        }
        return signals;
    }

    private static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(FieldValue.of(value))));
    }

    private Uni<List<IndexedRecord>> records(Query query, ReadScope scope, int size) {
        return uni(() -> client.search(s -> s.index(index.alias()).size(size)
                .query(q -> q.bool(b -> b.filter(query).filter(RecordQueries.isRecord()).filter(RecordQueries.scopeFilter(scope)))),
                IndexedRecord.class))
                .map(response -> response.hits().hits().stream().map(Hit::source).toList());
    }
}
