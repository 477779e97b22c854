package org.embargomonitor.seizures.evidence.similar;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import jakarta.enterprise.context.ApplicationScoped;

import org.embargomonitor.platform.problem.ProblemException;
import org.embargomonitor.platform.security.Caller;
import org.embargomonitor.platform.security.Scopes;
import org.embargomonitor.seizures.evidence.BlobStore;
import org.embargomonitor.seizures.evidence.EvidenceConfig;
import org.embargomonitor.seizures.seizure.SeizureService;
import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;

/**
 * Near-duplicate photos: each photo's bytes get perceptual hashes when stored (photos stored before are hashed in the
 * background), and a seizure's photos are compared with the photos of every other seizure the caller may read: the
 * same picture sent again, resized, recompressed or cropped, as when one weapon is reported twice or a photo is
 * reused from another seizure.
 */
@ApplicationScoped
public class SimilarPhotos {

    private static final Logger LOG = Logger.getLogger(SimilarPhotos.class);
    /** Photos are hashed from a copy decoded at about this size: enough for 32 x 32, and little memory for large files. */
    private static final int DECODED_SIDE = 512;
    private static final int BACKFILL_BATCH = 50;
    private static final int MOST_SHOWN = 200;

    private final PhotoFingerprints fingerprints;
    private final SeizureService seizures;
    private final Scopes scopes;
    private final BlobStore blobs;
    private final EvidenceConfig config;

    SimilarPhotos(PhotoFingerprints fingerprints, SeizureService seizures, Scopes scopes, BlobStore blobs, EvidenceConfig config) {
        this.fingerprints = fingerprints;
        this.seizures = seizures;
        this.scopes = scopes;
        this.blobs = blobs;
        this.config = config;
    }

    /** Hashes a photo's bytes and keeps the hashes. Blocking: decodes the image. */
    public void fingerprint(String sha256, Path photo) throws Throwable {
        long[] hashes;
        try (InputStream in = Files.newInputStream(photo)) {
            hashes = hashesOf(in);
        }
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> fingerprints.keep(sha256, hashes)));
    }

    /** The photos of other seizures within the caller's scope close to one of this seizure's photos, closest first. */
    @WithSession
    public Uni<List<SimilarPhoto>> of(UUID seizureId, Caller caller) {
        return seizures.readable(seizureId, caller).onItem().ifNull()
                .failWith(() -> ProblemException.notFound("No seizure " + seizureId + " that you may read."))
                .flatMap(seizure -> fingerprints.similarTo(seizureId, scopes.readScopeOf(caller), config.similarPhotoDistance(), MOST_SHOWN));
    }

    /** Hashes photos stored before fingerprints were taken, a batch at a time. */
    @Scheduled(every = "${seizures.evidence.fingerprint-interval}", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void fingerprintEarlierPhotos() throws Throwable {
        List<String> waiting = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> fingerprints.unfingerprinted(BACKFILL_BATCH)));
        for (String sha256 : waiting) {
            long[] hashes;
            try (InputStream in = blobs.open(sha256)) {
                hashes = hashesOf(in);
            } catch (IOException e) {
                LOG.warnf("Photo %s could not be read to be fingerprinted: %s", sha256, e.getMessage());
                hashes = null;
            }
            long[] kept = hashes;
            VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> fingerprints.keep(sha256, kept)));
        }
        if (!waiting.isEmpty()) {
            LOG.infof("Fingerprinted %d earlier photos", waiting.size());
        }
    }

    /** The photo's perceptual hashes, or null when no decoder reads its bytes (WebP or HEIC, say). */
    static long[] hashesOf(InputStream bytes) throws IOException {
        BufferedImage image = decodeSmall(bytes);
        return image == null ? null : PerceptualHash.variants(image);
    }

    private static BufferedImage decodeSmall(InputStream bytes) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(bytes)) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int side = Math.max(reader.getWidth(0), reader.getHeight(0));
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, side / DECODED_SIDE);
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            } catch (IOException | RuntimeException unreadable) {
                return null;
            } finally {
                reader.dispose();
            }
        }
    }
}
