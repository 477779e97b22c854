package org.embargomonitor.seizures.evidence;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.embargomonitor.platform.problem.ProblemException;
import org.embargomonitor.platform.security.Caller;
import org.embargomonitor.seizures.custody.CustodyChain;
import org.embargomonitor.seizures.custody.CustodyChange;
import org.embargomonitor.seizures.events.Outbox;
import org.embargomonitor.seizures.idempotency.IdempotencyKeys;
import org.embargomonitor.seizures.seizure.ItemRepository;
import org.embargomonitor.seizures.seizure.Seizure;
import org.embargomonitor.seizures.seizure.SeizureService;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** Evidence records: who attached which bytes to which seizure or item, in the chain of custody and the outbox. */
@ApplicationScoped
public class EvidenceService {

    /** What is known of an upload before it is recorded. */
    public record Upload(UUID seizureId, UUID itemId, String sha256, long size, String mediaType, String fileName,
            String description, PhotoMetadata photo) {
    }

    /** The fields that make two uploads the same request, for idempotency keys. */
    private record Fingerprint(UUID seizureId, UUID itemId, String sha256, String fileName, String description) {
    }

    private final EvidenceRepository evidence;
    private final SeizureService seizures;
    private final ItemRepository items;
    private final CustodyChain custody;
    private final Outbox outbox;
    private final IdempotencyKeys idempotency;

    EvidenceService(EvidenceRepository evidence, SeizureService seizures, ItemRepository items, CustodyChain custody,
            Outbox outbox, IdempotencyKeys idempotency) {
        this.evidence = evidence;
        this.seizures = seizures;
        this.items = items;
        this.custody = custody;
        this.outbox = outbox;
        this.idempotency = idempotency;
    }

    /** Fails with 404 or 403 unless the caller may attach evidence to this seizure. */
    @WithSession
    public Uni<Void> checkMayAttach(UUID seizureId, Caller caller) {
        return seizures.writable(seizureId, caller).replaceWithVoid();
    }

    /** As {@link #checkMayAttach(UUID, Caller)}, and with 400 unless the item, when one is named, is one of the seizure's. */
    @WithSession
    public Uni<Void> checkMayAttach(UUID seizureId, UUID itemId, Caller caller) {
        return seizures.writable(seizureId, caller).flatMap(seizure -> itemBelongs(itemId, seizure));
    }

    /** Records an upload whose bytes are kept; a retry with the same idempotency key returns the first record. */
    @WithTransaction
    public Uni<IdempotencyKeys.Outcome> record(Upload upload, Caller caller, String idempotencyKey) {
        Fingerprint fingerprint = new Fingerprint(upload.seizureId(), upload.itemId(), upload.sha256(), upload.fileName(),
                upload.description());
        return seizures.writable(upload.seizureId(), caller).flatMap(seizure -> itemBelongs(upload.itemId(), seizure)
                .chain(() -> idempotency.once(caller.username(), idempotencyKey, fingerprint, () -> create(upload, seizure, caller))));
    }

    @WithSession
    public Uni<List<Evidence>> ofSeizure(UUID seizureId, Caller caller) {
        return seizures.readable(seizureId, caller).flatMap(seizure -> seizure == null
                ? Uni.createFrom().failure(ProblemException.notFound("No seizure " + seizureId + " that you may read."))
                : evidence.ofSeizure(seizureId));
    }

    /** The evidence record, if the caller may read its seizure; 404 otherwise. */
    @WithSession
    public Uni<Evidence> find(UUID seizureId, UUID evidenceId, Caller caller) {
        return seizures.readable(seizureId, caller).flatMap(seizure -> seizure == null ? Uni.createFrom().nullItem()
                : evidence.findById(evidenceId))
                .map(found -> found != null && found.seizureId.equals(seizureId) ? found : null)
                .onItem().ifNull().failWith(() -> ProblemException.notFound(
                        "No evidence " + evidenceId + " of seizure " + seizureId + " that you may read."));
    }

    private Uni<Void> itemBelongs(UUID itemId, Seizure seizure) {
        if (itemId == null) {
            return Uni.createFrom().voidItem();
        }
        return items.findById(itemId).flatMap(item -> item != null && item.seizureId.equals(seizure.id)
                ? Uni.createFrom().voidItem()
                : Uni.createFrom().failure(ProblemException.invalid("itemId", "is not an item of seizure " + seizure.id)));
    }

    private Uni<UUID> create(Upload upload, Seizure seizure, Caller caller) {
        Evidence e = new Evidence();
        e.id = UUID.randomUUID();
        e.seizureId = seizure.id;
        e.itemId = upload.itemId();
        e.sha256 = upload.sha256();
        e.sizeBytes = upload.size();
        e.mediaType = upload.mediaType();
        e.fileName = upload.fileName();
        e.description = upload.description();
        e.takenAt = upload.photo().takenAt();
        e.latitude = upload.photo().latitude();
        e.longitude = upload.photo().longitude();
        e.camera = upload.photo().camera();
        e.uploadedBy = caller.username();
        e.uploadedAt = OffsetDateTime.now(ZoneOffset.UTC);
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("sha256", e.sha256);
        change.put("sizeBytes", e.sizeBytes);
        change.put("mediaType", e.mediaType);
        change.put("fileName", e.fileName);
        change.put("itemId", e.itemId == null ? null : e.itemId.toString());
        return evidence.persist(e)
                .chain(() -> custody.append(seizure, caller.username(),
                        List.of(new CustodyChange(CustodyChange.EVIDENCE, e.id, "EVIDENCE_ADDED", upload.description(), change))))
                .chain(() -> {
                    EvidenceEvent event = EvidenceEvent.added(caller.username(), EvidenceView.of(e));
                    return outbox.evidenceEvent(e.seizureId, event.eventId(), event);
                })
                .replaceWith(e.id);
    }
}
