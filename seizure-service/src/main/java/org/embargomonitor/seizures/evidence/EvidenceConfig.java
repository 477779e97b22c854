package org.embargomonitor.seizures.evidence;

import java.nio.file.Path;
import java.time.Duration;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where evidence files are kept and how large one may be. */
@ConfigMapping(prefix = "seizures.evidence")
public interface EvidenceConfig {

    /** Folder of the file blob store; files are kept under their SHA-256. */
    @WithDefault("evidence-store")
    Path storageDir();

    /** Largest file accepted; a larger upload is refused with 413. */
    @WithDefault("50M")
    MemorySize maxSize();

    /**
     * How long a resumable upload may wait for its next piece before it expires and its bytes are deleted; a field
     * link can be down for hours, so a day at least.
     */
    @WithDefault("72h")
    Duration uploadExpiry();

    /** How often expired resumable uploads are deleted, by whichever replica looks. */
    @WithDefault("10m")
    Duration uploadCleaningInterval();

    /** Photos at most this many bits apart of 64 (perceptual hashes) are shown as possibly the same picture. */
    @WithDefault("12")
    int similarPhotoDistance();

    /** How often photos stored before fingerprints were taken are hashed, a batch at a time. */
    @WithDefault("1m")
    Duration fingerprintInterval();
}
