package org.embargomonitor.seizures.evidence;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.embargomonitor.platform.problem.ProblemException;
import org.embargomonitor.platform.security.Caller;
import org.embargomonitor.seizures.evidence.similar.SimilarPhotos;
import org.embargomonitor.seizures.idempotency.IdempotencyKeys;

import io.quarkus.vertx.VertxContextSupport;

/**
 * What every upload goes through once its bytes are received, whichever way they came (a form, a raw body, a
 * resumable upload): its type read from the bytes, photos' metadata and perceptual hashes read, the bytes kept under
 * their hash and the evidence recorded with its custody entry and event. Blocking: called on a worker thread.
 */
@ApplicationScoped
public class EvidenceIntake {

    /** The evidence recorded, and whether the call only replayed an earlier one with the same key. */
    public record Attached(Evidence evidence, boolean replayed) {
    }

    private final EvidenceService service;
    private final BlobStore blobs;
    private final MediaTypes mediaTypes;
    private final SimilarPhotos similarPhotos;

    EvidenceIntake(EvidenceService service, BlobStore blobs, MediaTypes mediaTypes, SimilarPhotos similarPhotos) {
        this.service = service;
        this.blobs = blobs;
        this.mediaTypes = mediaTypes;
        this.similarPhotos = similarPhotos;
    }

    /** Records staged bytes as evidence of the seizure, or discards them and refuses them with 415 naming {@code field}. */
    public Attached attach(UUID seizureId, UUID itemId, String description, String fileName, BlobStore.Staged staged,
            String idempotencyKey, Caller caller, String field) throws Throwable {
        String mediaType = mediaTypes.detect(staged.file());
        if (!mediaTypes.acceptable(mediaType)) {
            blobs.discard(staged);
            throw ProblemException.unsupportedMediaType(field, "The file's bytes are " + mediaType
                    + "; evidence must be a photo (JPEG, PNG, GIF, WebP, TIFF, BMP, HEIC), a PDF, an Office or OpenDocument"
                    + " file, or plain text.");
        }
        PhotoMetadata photo = PhotoMetadata.NONE;
        if (mediaTypes.isImage(mediaType)) {
            photo = PhotoMetadata.read(staged.file());
            similarPhotos.fingerprint(staged.sha256(), staged.file());
        }
        blobs.keep(staged);
        EvidenceService.Upload upload = new EvidenceService.Upload(seizureId, itemId, staged.sha256(), staged.size(),
                mediaType, fileName, description, photo);
        IdempotencyKeys.Outcome outcome = VertxContextSupport.subscribeAndAwait(() -> service.record(upload, caller, idempotencyKey));
        Evidence stored = VertxContextSupport.subscribeAndAwait(() -> service.find(seizureId, outcome.resourceId(), caller));
        return new Attached(stored, outcome.replayed());
    }
}
