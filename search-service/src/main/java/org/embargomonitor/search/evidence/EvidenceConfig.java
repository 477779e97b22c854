package org.embargomonitor.search.evidence;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How evidence files are read. */
@ConfigMapping(prefix = "search.evidence")
public interface EvidenceConfig {

    /** Tesseract languages for OCR, joined by +; each needs its tesseract-ocr-<lang> package. */
    @WithDefault("eng+fra+ara")
    String ocrLanguages();
}
