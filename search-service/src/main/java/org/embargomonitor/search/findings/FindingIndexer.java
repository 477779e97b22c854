package org.embargomonitor.search.findings;

import static org.embargomonitor.search.indexing.EventReader.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.embargomonitor.search.indexing.BulkWriter;
import org.embargomonitor.search.indexing.EventReader;
import org.embargomonitor.search.opensearch.RecordsIndex;
import org.opensearch.client.opensearch._types.VersionType;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;

/**
 * Indexes finding events from the embargo service as findings of their seizure's record, a batch per bulk
 * request, with the finding's version as external version: a review never loses to an older event.
 */
@ApplicationScoped
public class FindingIndexer {

    static final String CHANNEL = "finding-events";

    private final BulkWriter writer;
    private final RecordsIndex index;
    private final ObjectMapper json;

    FindingIndexer(BulkWriter writer, RecordsIndex index, ObjectMapper json) {
        this.writer = writer;
        this.index = index;
        this.json = json;
    }

    @Incoming(CHANNEL)
    public Uni<Void> index(List<String> events) {
        Map<String, JsonNode> newest = new LinkedHashMap<>();
        for (String event : events) {
            JsonNode finding = EventReader.payload(json, event, "finding");
            if (finding != null) {
                newest.merge(text(finding, "id"), finding,
                        (a, b) -> a.path("version").asLong() >= b.path("version").asLong() ? a : b);
            }
        }
        List<BulkOperation> operations = newest.values().stream().map(this::operation).toList();
        return writer.write("findings", operations);
    }

    private BulkOperation operation(JsonNode f) {
        String seizureId = text(f, "seizureId");
        IndexedFinding finding = new IndexedFinding(Map.of("name", IndexedFinding.RELATION, "parent", seizureId), seizureId,
                text(f, "itemId"), text(f, "rule"), text(f, "regimeCode"), text(f, "status"), text(f, "confidence"),
                text(f, "citation"), text(f, "explanation"));
        return BulkOperation.of(op -> op.index(i -> i.index(index.writeAlias()).id(text(f, "id")).routing(seizureId)
                .version(f.path("version").asLong()).versionType(VersionType.ExternalGte).document(finding)));
    }
}
