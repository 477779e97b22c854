package org.embargomonitor.seizures.evidence.resumable;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response.Status;

import org.embargomonitor.platform.problem.ProblemException;
import org.embargomonitor.platform.security.Caller;
import org.embargomonitor.seizures.evidence.BlobStore;
import org.embargomonitor.seizures.evidence.EvidenceConfig;
import org.embargomonitor.seizures.evidence.EvidenceIntake;
import org.embargomonitor.seizures.evidence.EvidenceService;
import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.VertxContextSupport;

/**
 * Evidence files sent in pieces over links that drop (tus 1.0: creation, offsets, expiration, SHA-256 checksums,
 * termination). The bytes received so far are a file named by the upload's id, appended to piece by piece under a
 * file lock (one piece at a time per upload, across replicas sharing the store); its size is the offset a client
 * resumes from. A piece cut off by the link keeps what arrived, unless it came with a checksum: then it is all or
 * nothing. The complete file goes through {@link EvidenceIntake} like any other upload. Blocking: worker threads.
 */
@ApplicationScoped
public class ResumableUploadService {

    private static final Logger LOG = Logger.getLogger(ResumableUploadService.class);
    static final String LENGTH = "Upload-Length";
    static final String OFFSET = "Upload-Offset";
    static final String CHECKSUM = "Upload-Checksum";
    private static final int BUFFER = 64 * 1024;

    /** An upload with the bytes it holds; {@code evidenceId} once complete. */
    public record Progress(ResumableUpload upload, long offset) {
        public boolean complete() {
            return upload.evidenceId != null;
        }
    }

    /** What the client says of the file at creation. */
    public record Declared(long length, String fileName, UUID itemId, String description) {
    }

    /** The digest a client sent with a piece ({@code Upload-Checksum: sha256 <base64>}). */
    public record Checksum(byte[] sha256) {
    }

    private final ResumableUploads uploads;
    private final EvidenceService evidence;
    private final EvidenceIntake intake;
    private final BlobStore blobs;
    private final EvidenceConfig config;
    private final Path folder;

    ResumableUploadService(ResumableUploads uploads, EvidenceService evidence, EvidenceIntake intake, BlobStore blobs,
            EvidenceConfig config) {
        this.uploads = uploads;
        this.evidence = evidence;
        this.intake = intake;
        this.blobs = blobs;
        this.config = config;
        this.folder = config.storageDir().toAbsolutePath().resolve("uploads");
    }

    /**
     * Opens an upload of a file to attach to the seizure; a creation retried with the same Idempotency-Key answers the
     * upload the first one opened ({@code replayed}).
     */
    public Created create(UUID seizureId, Declared declared, String idempotencyKey, Caller caller) throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> evidence.checkMayAttach(seizureId, declared.itemId(), caller));
        long max = config.maxSize().asLongValue();
        if (declared.length() > max) {
            throw ProblemException.tooLarge(LENGTH, "The file is " + declared.length() + " bytes; at most " + max + " are allowed here.");
        }
        if (idempotencyKey != null) {
            ResumableUpload earlier = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> uploads.withKey(caller.username(), idempotencyKey)));
            if (earlier != null) {
                if (!earlier.seizureId.equals(seizureId) || earlier.length != declared.length()) {
                    throw ProblemException.conflict("Idempotency-Key", "This Idempotency-Key was already used for a different upload.");
                }
                return new Created(earlier, true);
            }
        }
        ResumableUpload upload = new ResumableUpload();
        upload.id = UUID.randomUUID();
        upload.seizureId = seizureId;
        upload.caller = caller.username();
        upload.idempotencyKey = idempotencyKey;
        upload.length = declared.length();
        upload.fileName = declared.fileName();
        upload.itemId = declared.itemId();
        upload.description = declared.description();
        upload.createdAt = OffsetDateTime.now();
        upload.expiresAt = upload.createdAt.plus(config.uploadExpiry());
        Files.createDirectories(folder);
        Files.createFile(partOf(upload.id));
        try {
            VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> uploads.persist(upload)));
        } catch (RuntimeException refused) {
            Files.deleteIfExists(partOf(upload.id));
            ResumableUpload same = idempotencyKey == null ? null : VertxContextSupport.subscribeAndAwait(
                    () -> Panache.withSession(() -> uploads.withKey(caller.username(), idempotencyKey)));
            if (same == null) {
                throw refused;
            }
            return new Created(same, true); // the same creation, sent twice at once, was stored by the other
        }
        return new Created(upload, false);
    }

    /** An upload opened, or found again under its key. */
    public record Created(ResumableUpload upload, boolean replayed) {
    }

    /** Where the caller's upload stands: 404 when it is not theirs, 410 once it expired. */
    public Progress progress(UUID seizureId, UUID id, Caller caller) throws Throwable {
        ResumableUpload upload = own(seizureId, id, caller);
        return new Progress(upload, upload.evidenceId != null ? upload.length : bytesHeld(upload.id));
    }

    /**
     * Appends a piece sent from {@code offset}; the piece that completes the file makes it evidence. A piece sent
     * again once the file is complete (its answer was lost) finishes it if it was not yet.
     */
    public Progress append(UUID seizureId, UUID id, long offset, Checksum checksum, InputStream piece, Caller caller) throws Throwable {
        ResumableUpload upload = own(seizureId, id, caller);
        if (upload.evidenceId != null) {
            offsetMatches(upload, offset, upload.length);
            return new Progress(upload, upload.length);
        }
        Path part = partOf(upload.id);
        try (FileChannel channel = open(part); FileLock lock = lockOf(channel)) {
            long held = channel.size();
            offsetMatches(upload, offset, held);
            long received = checksum == null ? appendAsItComes(channel, piece, upload.length - held)
                    : appendIfItMatches(channel, piece, upload.length - held, checksum);
            channel.force(false);
            long now = held + received;
            VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(
                    () -> uploads.extend(upload.id, OffsetDateTime.now().plus(config.uploadExpiry()))));
            if (now == upload.length) {
                return finish(upload, part, caller);
            }
            return new Progress(upload, now);
        }
    }

    /** Ends an upload the caller no longer wants: its bytes are deleted; a complete one stays evidence. */
    public void terminate(UUID seizureId, UUID id, Caller caller) throws Throwable {
        ResumableUpload upload = own(seizureId, id, caller);
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> uploads.deleteById(upload.id)));
        Files.deleteIfExists(partOf(upload.id));
    }

    /** Deletes expired uploads and their bytes, and bytes no upload names any more (a replica stopped between the two). */
    @Scheduled(every = "${seizures.evidence.upload-cleaning-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void deleteExpired() throws Throwable {
        OffsetDateTime now = OffsetDateTime.now();
        List<UUID> expired = VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> uploads.deleteExpired(now)));
        for (UUID id : expired) {
            Files.deleteIfExists(partOf(id));
        }
        if (!expired.isEmpty()) {
            LOG.infof("Deleted %d expired resumable uploads", expired.size());
        }
        if (Files.isDirectory(folder)) {
            try (var parts = Files.list(folder)) {
                for (Path part : parts.toList()) {
                    if (Files.getLastModifiedTime(part).toInstant().isBefore(now.minus(config.uploadExpiry()).toInstant())
                            && VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> uploads.findById(idOf(part)))) == null) {
                        Files.deleteIfExists(part);
                    }
                }
            }
        }
    }

    private Progress finish(ResumableUpload upload, Path part, Caller caller) throws Throwable {
        BlobStore.Staged staged;
        try (InputStream bytes = Files.newInputStream(part)) {
            staged = blobs.stage(bytes, upload.length);
        }
        EvidenceIntake.Attached attached;
        try {
            attached = intake.attach(upload.seizureId, upload.itemId, upload.description, upload.fileName, staged,
                    upload.idempotencyKey != null ? upload.idempotencyKey : "resumable-upload " + upload.id, caller, "file");
        } catch (ProblemException refused) {
            // the complete file is not evidence (its type, its item): nothing of it is kept
            VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> uploads.deleteById(upload.id)));
            Files.deleteIfExists(part);
            throw refused;
        }
        upload.evidenceId = attached.evidence().id;
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> uploads.complete(upload.id, upload.evidenceId)));
        Files.deleteIfExists(part);
        return new Progress(upload, upload.length);
    }

    private ResumableUpload own(UUID seizureId, UUID id, Caller caller) throws Throwable {
        ResumableUpload upload = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> uploads.ofCaller(seizureId, id, caller.username())));
        if (upload == null) {
            throw ProblemException.notFound("No upload " + id + " of yours to this seizure.");
        }
        if (upload.evidenceId == null && upload.expiresAt.isBefore(OffsetDateTime.now())) {
            throw new ProblemException(Status.GONE, "The upload " + id + " expired on " + upload.expiresAt
                    + " and its bytes are deleted; start it again.", List.of());
        }
        return upload;
    }

    private static void offsetMatches(ResumableUpload upload, long offset, long held) {
        if (offset != held) {
            throw ProblemException.conflict(OFFSET, "The upload holds " + held + " of its " + upload.length
                    + " bytes; send the rest from there (a HEAD request tells the offset).");
        }
    }

    private static long appendAsItComes(FileChannel channel, InputStream piece, long room) throws IOException {
        long start = channel.size();
        long received = 0;
        byte[] buffer = new byte[BUFFER];
        try (piece) {
            for (int read = piece.read(buffer); read >= 0; read = piece.read(buffer)) {
                if (received + read > room) {
                    channel.truncate(start);
                    throw tooLong(room);
                }
                channel.write(ByteBuffer.wrap(buffer, 0, read), start + received);
                received += read;
            }
        } catch (IOException cut) {
            // the link dropped: what arrived is kept, the client resumes from there
            channel.force(false);
            LOG.debugf("A piece was cut off after %d bytes: %s", received, cut.getMessage());
        }
        return received;
    }

    private long appendIfItMatches(FileChannel channel, InputStream piece, long room, Checksum checksum) throws IOException {
        BlobStore.Staged staged;
        try (piece) {
            staged = blobs.stage(piece, room);
        } catch (BlobStore.TooLarge e) {
            throw tooLong(room);
        }
        try {
            if (!MessageDigest.isEqual(HexFormat.of().parseHex(staged.sha256()), checksum.sha256())) {
                throw ProblemException.withStatus(460, "Checksum Mismatch", CHECKSUM, "The piece's SHA-256 is not the one sent"
                        + " in Upload-Checksum: it was damaged on the way and is not kept; send it again.");
            }
            long start = channel.size();
            try (FileChannel in = FileChannel.open(staged.file(), StandardOpenOption.READ)) {
                for (long copied = 0; copied < staged.size(); ) {
                    copied += channel.transferFrom(in, start + copied, staged.size() - copied);
                }
            }
            return staged.size();
        } finally {
            blobs.discard(staged);
        }
    }

    private static ProblemException tooLong(long room) {
        return ProblemException.tooLarge("Content-Length", "The piece is longer than the " + room + " bytes the upload still"
                + " expects (its Upload-Length); nothing of it is kept.");
    }

    private long bytesHeld(UUID id) throws IOException {
        try {
            return Files.size(partOf(id));
        } catch (NoSuchFileException lost) {
            return 0;
        }
    }

    private FileChannel open(Path part) throws IOException {
        Files.createDirectories(folder);
        return FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
    }

    private static FileLock lockOf(FileChannel channel) throws IOException {
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return lock;
            }
        } catch (OverlappingFileLockException heldHere) {
            // another piece of the same upload is being written by this replica
        }
        throw ProblemException.withStatus(423, "Locked", OFFSET, "Another piece of this upload is being received; send"
                + " this one when it is done (a HEAD request tells the offset).");
    }

    private Path partOf(UUID id) {
        return folder.resolve(id.toString());
    }

    private static UUID idOf(Path part) {
        try {
            return UUID.fromString(part.getFileName().toString());
        } catch (IllegalArgumentException notAnUpload) {
            return new UUID(0, 0);
        }
    }
}
