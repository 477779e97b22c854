package org.embargomonitor.seizures.evidence;

import java.nio.file.Path;

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
}
