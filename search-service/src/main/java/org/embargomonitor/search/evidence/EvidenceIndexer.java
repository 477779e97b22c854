package org.embargomonitor.search.evidence;

import static org.embargomonitor.search.indexing.EventReader.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.embargomonitor.search.indexing.BulkWriter;
import org.embargomonitor.search.indexing.EventReader;
import org.embargomonitor.search.opensearch.RecordsIndex;
import org.jboss.logging.Logger;
import org.opensearch.client.opensearch.OpenSearchAsyncClient;
import org.opensearch.client.opensearch._types.VersionType;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;

/**
 * Indexes evidence events: fetches the file from the seizure service, extracts its text and indexes it as a
 * document of the seizure's record. Evidence never changes, so a redelivered event whose document is already
 * indexed is not fetched again. While the seizure service or OpenSearch is away the event is retried with
 * back-off, and its offset committed only once the document is written.
 */
@ApplicationScoped
public class EvidenceIndexer {

    static final String CHANNEL = "evidence-events";
    private static final long VERSION = 1;
    private static final int NOT_FOUND = 404;
    private static final Logger LOG = Logger.getLogger(EvidenceIndexer.class);

    private final EvidenceFiles files;
    private final TextExtractor extractor;
    private final BulkWriter writer;
    private final RecordsIndex index;
    private final OpenSearchAsyncClient client;
    private final ObjectMapper json;

    EvidenceIndexer(@RestClient EvidenceFiles files, TextExtractor extractor, BulkWriter writer, RecordsIndex index,
            OpenSearchAsyncClient client, ObjectMapper json) {
        this.files = files;
        this.extractor = extractor;
        this.writer = writer;
        this.index = index;
        this.client = client;
        this.json = json;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void index(String event) {
        JsonNode evidence = EventReader.payload(json, event, "evidence");
        if (evidence == null) {
            return;
        }
        String id = text(evidence, "id");
        String seizureId = text(evidence, "seizureId");
        if (alreadyIndexed(id, seizureId)) {
            return;
        }
        ExtractedText text = Uni.createFrom().item(() -> fetchAndExtract(seizureId, id, text(evidence, "fileName")))
                .onFailure().invoke(failure -> LOG.warnf("Fetching evidence %s of seizure %s will be retried: %s", id, seizureId, failure.getMessage()))
                .onFailure().retry().withBackOff(Duration.ofSeconds(1), Duration.ofSeconds(30)).indefinitely()
                .await().indefinitely();
        write(id, IndexedDocument.of(seizureId, text(evidence, "itemId"), text(evidence, "fileName"), text(evidence, "mediaType"),
                text(evidence, "description"), text)).await().indefinitely();
    }

    /** Writes an evidence document; its id is the evidence id, routed with its seizure. */
    public Uni<Void> write(String evidenceId, IndexedDocument document) {
        return writer.write("evidence", List.of(BulkOperation.of(op -> op.index(i -> i.index(index.writeAlias()).id(evidenceId)
                .routing(document.seizureId()).version(VERSION).versionType(VersionType.ExternalGte).document(document)))));
    }

    private ExtractedText fetchAndExtract(String seizureId, String evidenceId, String fileName) {
        try {
            return extractor.extractAndClose(files.content(UUID.fromString(seizureId), UUID.fromString(evidenceId)), fileName);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == NOT_FOUND) {
                return new ExtractedText(null, ExtractedText.Method.UNAVAILABLE, false);
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean alreadyIndexed(String id, String seizureId) {
        try {
            return client.exists(e -> e.index(index.writeAlias()).id(id).routing(seizureId)).get().value();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | IOException e) {
            return false;
        }
    }
}
