package org.embargomonitor.search.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.embargomonitor.platform.work.Workers;
import org.embargomonitor.search.opensearch.BulkWriter;
import org.embargomonitor.search.opensearch.Calls;
import org.embargomonitor.search.opensearch.RecordsIndex;
import org.opensearch.client.opensearch.OpenSearchAsyncClient;
import org.opensearch.client.opensearch._types.VersionType;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;

import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.mutiny.Uni;

/** One evidence event's indexing, attempted a bounded number of times, each attempt with a time limit. */
@ApplicationScoped
public class EvidenceAttempts {

    private static final long VERSION = 1;
    private static final int NOT_FOUND = 404;

    private final EvidenceFiles files;
    private final TextExtractor extractor;
    private final BulkWriter writer;
    private final RecordsIndex index;
    private final OpenSearchAsyncClient client;

    EvidenceAttempts(@RestClient EvidenceFiles files, TextExtractor extractor, BulkWriter writer, RecordsIndex index,
            OpenSearchAsyncClient client) {
        this.files = files;
        this.extractor = extractor;
        this.writer = writer;
        this.index = index;
        this.client = client;
    }

    /** Fetches, reads and indexes the file of an evidence event, unless its document is there already. Runs on a worker. */
    @Timeout(value = 120, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 3, delay = 1000, jitter = 300)
    @ExponentialBackoff(maxDelay = 30_000)
    public Uni<Void> index(EventEvidence evidence) {
        String id = evidence.id();
        String seizureId = evidence.seizureId();
        return Calls.uni(() -> client.exists(e -> e.index(index.writeAlias()).id(id).routing(seizureId)))
                .chain(exists -> exists.value() ? Uni.createFrom().voidItem()
                        : Workers.run(() -> fetchAndExtract(seizureId, id, evidence.fileName()))
                                .chain(text -> write(id, IndexedDocument.of(seizureId, evidence.itemId(), evidence.fileName(),
                                        evidence.mediaType(), evidence.description(), text))));
    }

    /** Writes an evidence document; its id is the evidence id, routed with its seizure. */
    public Uni<Void> write(String evidenceId, IndexedDocument document) {
        return writer.write("evidence", List.of(BulkOperation.of(op -> op.index(i -> i.index(index.writeAlias()).id(evidenceId)
                .routing(document.seizureId()).version(VERSION).versionType(VersionType.ExternalGte).document(document)))))
                .invoke(refused -> {
                    if (!refused.isEmpty()) {
                        throw new IllegalArgumentException(refused.get(0).reason());
                    }
                })
                .replaceWithVoid();
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
}
