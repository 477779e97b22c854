package org.embargomonitor.search.findings;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.embargomonitor.search.events.BatchIndexing;
import org.embargomonitor.search.events.EventReader;
import org.embargomonitor.search.opensearch.RecordsIndex;
import org.opensearch.client.opensearch._types.VersionType;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;

/**
 * Indexes finding events from the embargo service as findings of their seizure's record, a batch per bulk
 * request, with the finding's version as external version: a review never loses to an older event.
 */
@ApplicationScoped
public class FindingIndexer {

    static final String CHANNEL = "finding-events";

    private final BatchIndexing indexing;
    private final RecordsIndex index;
    private final ObjectMapper json;

    FindingIndexer(BatchIndexing indexing, RecordsIndex index, ObjectMapper json) {
        this.indexing = indexing;
        this.index = index;
        this.json = json;
    }

    @Incoming(CHANNEL)
    public Uni<Void> index(ConsumerRecords<String, String> events) {
        return indexing.index(CHANNEL, "findings", events, this::read,
                (a, b) -> a.document().version() >= b.document().version() ? a : b)
                .replaceWithVoid();
    }

    private BatchIndexing.Indexed<EventFinding> read(String event) {
        EventFinding finding = EventReader.payload(json, event, "finding", EventFinding.class);
        return new BatchIndexing.Indexed<>(finding.id(), finding, operation(finding));
    }

    private BulkOperation operation(EventFinding f) {
        IndexedFinding finding = new IndexedFinding(Map.of("name", IndexedFinding.RELATION, "parent", f.seizureId()), f.seizureId(),
                f.itemId(), f.rule(), f.regimeCode(), f.status(), f.confidence(), f.citation(), f.explanation());
        return BulkOperation.of(op -> op.index(i -> i.index(index.writeAlias()).id(f.id()).routing(f.seizureId())
                .version(f.version()).versionType(VersionType.ExternalGte).document(finding)));
    }
}
