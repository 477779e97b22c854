package org.embargomonitor.seizures.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;

import jakarta.enterprise.context.ApplicationScoped;

import org.embargomonitor.platform.Sha256;
import org.jboss.logging.Logger;

/**
 * Keeps blobs as files under the storage folder: {@code ab/cd/abcd…} by SHA-256. Bytes that no longer match their
 * hash are never served, and an identical upload repairs them (logged).
 */
@ApplicationScoped
public class FileBlobStore implements BlobStore {

    private static final Logger LOG = Logger.getLogger(FileBlobStore.class);
    private static final int BUFFER = 64 * 1024;
    private final Path root;

    FileBlobStore(EvidenceConfig config) {
        this.root = config.storageDir().toAbsolutePath();
    }

    @Override
    public Staged stage(InputStream content, long maxBytes) throws IOException {
        Path incoming = Files.createDirectories(root.resolve("incoming"));
        Path file = Files.createTempFile(incoming, "upload-", ".part");
        MessageDigest sha256 = Sha256.digest();
        long size = 0;
        try (InputStream in = new DigestInputStream(content, sha256); OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[BUFFER];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                size += read;
                if (size > maxBytes) {
                    throw new TooLarge(maxBytes);
                }
                out.write(buffer, 0, read);
            }
        } catch (IOException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return new Staged(file, Sha256.hex(sha256), size);
    }

    @Override
    public void keep(Staged staged) throws IOException {
        Path target = pathOf(staged.sha256());
        if (Files.exists(target)) {
            if (digestOf(staged.sha256()).equals(staged.sha256())) {
                discard(staged);
            } else {
                Files.move(staged.file(), target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                LOG.warnf("Integrity repaired: the stored bytes of %s no longer matched their SHA-256; an identical upload"
                        + " replaced them", staged.sha256());
            }
            return;
        }
        Files.createDirectories(target.getParent());
        try {
            Files.move(staged.file(), target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException sameBytesArrivedMeanwhile) {
            discard(staged);
        }
    }

    @Override
    public void discard(Staged staged) {
        try {
            Files.deleteIfExists(staged.file());
        } catch (IOException ignored) {
            // a left-over part file in incoming/ holds nothing anyone refers to
        }
    }

    @Override
    public InputStream open(String sha256) throws IOException {
        return Files.newInputStream(pathOf(sha256));
    }

    @Override
    public String digestOf(String sha256) throws IOException {
        MessageDigest digest = Sha256.digest();
        try (InputStream in = new DigestInputStream(open(sha256), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return Sha256.hex(digest);
    }

    Path pathOf(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }
}
