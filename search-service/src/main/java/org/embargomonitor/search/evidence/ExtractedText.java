package org.embargomonitor.search.evidence;

/** The text of an evidence file and how it was obtained. */
public record ExtractedText(String text, Method method, boolean truncated) {

    public enum Method {
        /** Text read from the file's own content (PDF text layer, Office, plain text). */
        TEXT,
        /** Text recognised in an image, or in a scanned page, by Tesseract. */
        OCR,
        /** The file holds no text that could be read (a photo without Tesseract, say). */
        NONE,
        /** The file could not be parsed; its metadata is still indexed. */
        FAILED,
        /** The seizure service no longer has the file. */
        UNAVAILABLE
    }
}
