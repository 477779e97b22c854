package org.embargomonitor.seizures.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

import org.embargomonitor.platform.problem.ProblemException;

/** Where the bytes of evidence files live, addressed by their SHA-256: the same bytes are stored once. */
public interface BlobStore {

    /** Bytes received and hashed, not yet kept: {@link #keep} or {@link #discard} them. */
    record Staged(Path file, String sha256, long size) {
    }

    /** Reads the stream to its end, hashing it; refuses more than {@code maxBytes} with {@link TooLarge}. */
    Staged stage(InputStream content, long maxBytes) throws IOException;

    /** Stages an upload; more than {@code maxBytes} is refused with 413, naming the form field. */
    default Staged stageUpload(InputStream content, long maxBytes, String field) throws IOException {
        try {
            return stage(content, maxBytes);
        } catch (TooLarge e) {
            throw ProblemException.tooLarge(field, "The file is larger than the " + maxBytes + " bytes allowed here.");
        }
    }

    /** Keeps staged bytes under their hash; bytes already kept are not written again unless they were damaged. */
    void keep(Staged staged) throws IOException;

    void discard(Staged staged);

    InputStream open(String sha256) throws IOException;

    /** All the bytes kept under this hash: for files read whole (photos laid out in documents). */
    default byte[] readAll(String sha256) {
        try (InputStream in = open(sha256)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The stored file " + sha256 + " could not be read", e);
        }
    }

    /** The SHA-256 of the bytes stored under this hash now, to find files altered on disk. */
    String digestOf(String sha256) throws IOException;

    /** What is wrong with the bytes kept under this hash ("are missing", "no longer match their SHA-256"), if anything. Blocking. */
    default Optional<String> damageOf(String sha256) {
        try {
            return digestOf(sha256).equals(sha256) ? Optional.empty() : Optional.of("no longer match their SHA-256");
        } catch (IOException missing) {
            return Optional.of("are missing");
        }
    }

    /** Thrown when an upload is larger than allowed; nothing of it is kept. */
    class TooLarge extends IOException {
        public TooLarge(long maxBytes) {
            super("larger than " + maxBytes + " bytes");
        }
    }
}
