package org.embargomonitor.seizures.tracing.letters;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.embargomonitor.platform.problem.ProblemException;
import org.embargomonitor.platform.security.Caller;
import org.embargomonitor.seizures.custody.CustodyChain;
import org.embargomonitor.seizures.custody.CustodyChange;
import org.embargomonitor.seizures.documents.WrittenDocument;
import org.embargomonitor.seizures.evidence.BlobStore;
import org.embargomonitor.seizures.evidence.Evidence;
import org.embargomonitor.seizures.evidence.EvidenceRepository;
import org.embargomonitor.seizures.idempotency.IdempotencyKeys;
import org.embargomonitor.seizures.seizure.Item;
import org.embargomonitor.seizures.seizure.Seizure;
import org.embargomonitor.seizures.tracing.TracingRepository;
import org.embargomonitor.seizures.tracing.TracingRequestView;
import org.embargomonitor.seizures.tracing.TracingService;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Tracing-request letters: written from the seizure, its items and their photos; once sent, the letter's bytes are
 * kept under their SHA-256 in the chain of custody, and a tracing request is opened per item, due after the panel's
 * response time.
 */
@ApplicationScoped
public class TracingLetterService {

    private static final String SUBJECT = "TRACING_LETTER";

    /** What a letter is written from. */
    public record Facts(Seizure seizure, List<Item> items, List<Evidence> photos, LocalDate sentOn, LocalDate dueOn) {
    }

    /** The fields that make two letters the same request, for idempotency keys. */
    private record Fingerprint(UUID seizureId, NewTracingLetter letter) {
    }

    private final TracingService tracing;
    private final TracingRepository requests;
    private final TracingLetterRepository letters;
    private final EvidenceRepository evidence;
    private final BlobStore blobs;
    private final CustodyChain custody;
    private final IdempotencyKeys idempotency;

    TracingLetterService(TracingService tracing, TracingRepository requests, TracingLetterRepository letters, EvidenceRepository evidence,
            BlobStore blobs, CustodyChain custody, IdempotencyKeys idempotency) {
        this.tracing = tracing;
        this.requests = requests;
        this.letters = letters;
        this.evidence = evidence;
        this.blobs = blobs;
        this.custody = custody;
        this.idempotency = idempotency;
    }

    /** The seizure, the items asked about (in the order asked) and their photos; 404 or 400 naming the field otherwise. */
    @WithSession
    public Uni<Facts> gather(UUID seizureId, NewTracingLetter letter, Caller caller) {
        if (new HashSet<>(letter.itemIds()).size() < letter.itemIds().size()) {
            return Uni.createFrom().failure(ProblemException.invalid("itemIds", "names an item twice"));
        }
        LocalDate sentOn = letter.sentOn() == null ? LocalDate.now(ZoneOffset.UTC) : letter.sentOn();
        return tracing.seizureInScope(seizureId, caller).flatMap(seizure -> Multi.createFrom().iterable(letter.itemIds())
                .onItem().transformToUniAndConcatenate(itemId -> tracing.traceableItem(seizure, itemId)).collect().asList()
                .flatMap(items -> evidence.ofSeizure(seizureId).map(all -> all.stream()
                        .filter(e -> e.itemId != null && letter.itemIds().contains(e.itemId) && e.mediaType.startsWith("image/")).toList())
                        .map(photos -> new Facts(seizure, items, photos, sentOn, tracing.dueOn(seizure, caller, sentOn)))));
    }

    /** Writes the letter. Blocking (reads the photos, lays out the document): call it on a worker thread. */
    public WrittenDocument write(Facts facts, NewTracingLetter letter) {
        Map<UUID, List<LetterContent.Photo>> photos = new LinkedHashMap<>();
        for (Evidence photo : facts.photos()) {
            photos.computeIfAbsent(photo.itemId, id -> new ArrayList<>())
                    .add(new LetterContent.Photo(photo.description == null ? photo.fileName : photo.description, blobs.readAll(photo.sha256)));
        }
        LetterContent content = new LetterContent(letter.letterhead(), letter.language(), facts.sentOn(), facts.dueOn(), letter.stateCode(),
                facts.seizure(), facts.items(), photos, letter.questions());
        return TracingLetterWriter.write(content, letter.formatOrDefault());
    }

    /** Keeps the letter's bytes. Blocking. */
    public BlobStore.Staged keep(WrittenDocument written) {
        try {
            BlobStore.Staged staged = blobs.stage(new ByteArrayInputStream(written.bytes()), Long.MAX_VALUE);
            blobs.keep(staged);
            return staged;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Records the letter as sent and opens a tracing request per item; a retry with the same key answers the letter
     * recorded first (the bytes kept by the retry are then unused, and harmless under their own hash).
     */
    @WithTransaction
    public Uni<IdempotencyKeys.Outcome> send(UUID seizureId, NewTracingLetter letter, WrittenDocument written,
            BlobStore.Staged kept, Caller caller, String idempotencyKey) {
        return idempotency.once(caller.username(), idempotencyKey, new Fingerprint(seizureId, letter),
                () -> gather(seizureId, letter, caller).flatMap(facts -> create(facts, letter, written, kept, caller)));
    }

    private Uni<UUID> create(Facts facts, NewTracingLetter request, WrittenDocument written, BlobStore.Staged kept, Caller caller) {
        TracingLetter letter = new TracingLetter();
        letter.id = UUID.randomUUID();
        letter.seizureId = facts.seizure().id;
        letter.stateCode = request.stateCode();
        letter.language = request.language().name();
        letter.mediaType = written.mediaType();
        letter.fileName = written.fileName();
        letter.sha256 = kept.sha256();
        letter.sizeBytes = kept.size();
        letter.sentOn = facts.sentOn();
        letter.sentBy = caller.username();
        letter.recordedAt = OffsetDateTime.now(ZoneOffset.UTC);
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("sha256", letter.sha256);
        change.put("fileName", letter.fileName);
        change.put("stateCode", letter.stateCode);
        change.put("itemIds", facts.items().stream().map(item -> item.id.toString()).toList());
        String note = "Letter " + letter.fileName + " (SHA-256 " + letter.sha256 + ")";
        return letters.persist(letter)
                .chain(() -> custody.append(facts.seizure(), caller.username(),
                        List.of(new CustodyChange(SUBJECT, letter.id, "TRACING_LETTER_SENT", null, change))))
                .chain(() -> Multi.createFrom().iterable(facts.items()).onItem().transformToUniAndConcatenate(item -> tracing.sendRequest(
                        facts.seizure(), item, letter.stateCode, letter.sentOn, note, letter.id, caller)).collect().asList())
                .replaceWith(letter.id);
    }

    @WithSession
    public Uni<List<TracingLetterView>> ofSeizure(UUID seizureId, Caller caller) {
        return tracing.seizureInScope(seizureId, caller).flatMap(seizure -> letters.ofSeizure(seizureId)).flatMap(this::views);
    }

    @WithSession
    public Uni<TracingLetterView> find(UUID seizureId, UUID letterId, Caller caller) {
        return tracing.seizureInScope(seizureId, caller).flatMap(seizure -> letters.findById(letterId))
                .map(letter -> letter != null && letter.seizureId.equals(seizureId) ? letter : null)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Seizure " + seizureId + " has no tracing letter " + letterId + "."))
                .flatMap(letter -> views(List.of(letter))).map(found -> found.get(0));
    }

    private Uni<List<TracingLetterView>> views(List<TracingLetter> found) {
        if (found.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return requests.ofLetters(found.stream().map(l -> l.id).toList()).flatMap(tracing::views).map(opened -> {
            Map<UUID, List<TracingRequestView>> byLetter = opened.stream()
                    .collect(Collectors.groupingBy(r -> r.letterId()));
            return found.stream().map(l -> TracingLetterView.of(l, byLetter.getOrDefault(l.id, List.of()))).toList();
        });
    }
}
