package org.embargomonitor.seizures.annexes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.embargomonitor.platform.problem.ProblemException;
import org.embargomonitor.platform.security.Caller;
import org.embargomonitor.seizures.documents.WrittenDocument;
import org.embargomonitor.seizures.evidence.BlobStore;
import org.embargomonitor.seizures.evidence.Evidence;
import org.embargomonitor.seizures.evidence.EvidenceRepository;
import org.embargomonitor.seizures.seizure.Item;
import org.embargomonitor.seizures.seizure.ItemRepository;
import org.embargomonitor.seizures.seizure.Seizure;
import org.embargomonitor.seizures.tracing.TracingRequestView;
import org.embargomonitor.seizures.tracing.TracingService;
import org.embargomonitor.seizures.tracing.letters.TracingLetterService;
import org.embargomonitor.seizures.tracing.letters.TracingLetterView;
import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Annexes for panels' reports: the records a panel chose, each with its photos, the chosen findings (from
 * embargo-service, asked with the caller's token) and its tracing correspondence. Only records the caller may read.
 */
@ApplicationScoped
public class AnnexService {

    private static final Logger LOG = Logger.getLogger(AnnexService.class);
    /** Photos per record in an annex; a record with more names them in its evidence list. */
    private static final int PHOTOS_PER_RECORD = 12;
    private static final int FINDINGS_PER_RECORD = 500;

    /** A record's own facts, gathered in one session. */
    record Record(Seizure seizure, List<Item> items, List<Evidence> photos, List<TracingRequestView> tracing, List<TracingLetterView> letters) {
    }

    private final TracingService tracing;
    private final TracingLetterService letters;
    private final ItemRepository items;
    private final EvidenceRepository evidence;
    private final BlobStore blobs;
    private final RecordFindings findings;

    AnnexService(TracingService tracing, TracingLetterService letters, ItemRepository items, EvidenceRepository evidence, BlobStore blobs,
            @RestClient RecordFindings findings) {
        this.tracing = tracing;
        this.letters = letters;
        this.items = items;
        this.evidence = evidence;
        this.blobs = blobs;
        this.findings = findings;
    }

    /** Writes the annex. Blocking: reads photos, asks embargo-service, lays out the document; call it on a worker thread. */
    public WrittenDocument write(NewAnnex annex, Caller caller) throws Throwable {
        if (new HashSet<>(annex.seizureIds()).size() < annex.seizureIds().size()) {
            throw ProblemException.invalid("seizureIds", "names a record twice");
        }
        List<Record> records = VertxContextSupport.subscribeAndAwait(() -> gather(annex.seizureIds(), caller));
        Set<UUID> chosen = annex.findingIds() == null || annex.findingIds().isEmpty() ? null : new HashSet<>(annex.findingIds());
        Set<UUID> found = new HashSet<>();
        List<AnnexContent.Section> sections = new ArrayList<>();
        for (Record record : records) {
            List<RecordFinding> ofRecord = findingsOf(record.seizure().id).stream().filter(f -> chosen == null || chosen.contains(f.id())).toList();
            ofRecord.forEach(f -> found.add(f.id()));
            List<AnnexContent.Photo> photos = record.photos().stream().limit(PHOTOS_PER_RECORD).map(p -> new AnnexContent.Photo(p, blobs.readAll(p.sha256))).toList();
            sections.add(new AnnexContent.Section(record.seizure(), record.items(), photos, ofRecord, record.tracing(), record.letters()));
        }
        if (chosen != null && !found.containsAll(chosen)) {
            chosen.removeAll(found);
            throw ProblemException.invalid("findingIds", "names findings that are not about the chosen records or that you may not read: " + chosen);
        }
        return AnnexWriter.write(new AnnexContent(annex, sections));
    }

    private List<RecordFinding> findingsOf(UUID seizureId) {
        try {
            return findings.ofSeizure(seizureId, FINDINGS_PER_RECORD);
        } catch (ProcessingException | WebApplicationException unanswered) {
            LOG.warnf("embargo-service did not give the findings of record %s: %s", seizureId, unanswered.toString());
            throw new ProblemException(Response.Status.SERVICE_UNAVAILABLE, "The findings of record " + seizureId
                    + " could not be had from embargo-service; try again shortly.", List.of());
        }
    }

    @WithSession
    Uni<List<Record>> gather(List<UUID> seizureIds, Caller caller) {
        return Multi.createFrom().iterable(seizureIds).onItem().transformToUniAndConcatenate(id -> tracing.seizureInScope(id, caller)
                .flatMap(seizure -> items.listOfSeizures(List.of(id))
                        .flatMap(ofSeizure -> evidence.ofSeizure(id)
                                .flatMap(files -> tracing.ofSeizure(id, caller)
                                        .flatMap(requests -> letters.ofSeizure(id, caller)
                                                .map(sent -> new Record(seizure, ofSeizure.stream().sorted(Comparator.comparingInt(i -> i.position)).toList(),
                                                        files.stream().filter(f -> f.mediaType.startsWith("image/")).toList(), requests, sent)))))))
                .collect().asList();
    }
}
