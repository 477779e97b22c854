package org.embargomonitor.seizures.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/** Where the bytes of evidence files live, addressed by their SHA-256: the same bytes are stored once. */
public interface BlobStore {

    /** Bytes received and hashed, not yet kept: {@link #keep} or {@link #discard} them. */
    record Staged(Path file, String sha256, long size) {
    }

    /** Reads the stream to its end, hashing it; refuses more than {@code maxBytes} with {@link TooLarge}. */
    Staged stage(InputStream content, long maxBytes) throws IOException;

    /** Keeps staged bytes under their hash; bytes already kept are not written again. */
    void keep(Staged staged) throws IOException;

    void discard(Staged staged);

    InputStream open(String sha256) throws IOException;

    /** The SHA-256 of the bytes stored under this hash now, to find files altered on disk. */
    String digestOf(String sha256) throws IOException;

    /** Thrown when an upload is larger than allowed; nothing of it is kept. */
    class TooLarge extends IOException {
        public TooLarge(long maxBytes) {
            super("larger than " + maxBytes + " bytes");
        }
    }
}
