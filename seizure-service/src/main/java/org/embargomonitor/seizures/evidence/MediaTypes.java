package org.embargomonitor.seizures.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.tika.Tika;

/**
 * Media types detected from the bytes themselves (Apache Tika), never from the client's name or header; only
 * raster photos, PDFs, Office and OpenDocument files and plain text are accepted as evidence.
 */
@ApplicationScoped
public class MediaTypes {

    private static final Set<String> DOCUMENTS = Set.of(
            "application/pdf", "text/plain", "text/csv", "application/rtf",
            "application/x-tika-ooxml", "application/x-tika-msoffice", "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.ms-excel", "application/vnd.ms-powerpoint",
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet");

    /** Raster formats only: an SVG is a document that can carry script. */
    private static final Set<String> PHOTOS = Set.of("image/jpeg", "image/png", "image/gif", "image/webp", "image/tiff",
            "image/bmp", "image/heic", "image/heif");
    /** Shown by browsers in the page: decoded as pictures, never run. */
    private static final Set<String> SHOWN_INLINE = Set.of("image/jpeg", "image/png", "image/gif", "image/webp");

    private final Tika tika = new Tika();

    public String detect(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return tika.detect(in);
        }
    }

    public boolean acceptable(String mediaType) {
        return PHOTOS.contains(mediaType) || DOCUMENTS.contains(mediaType);
    }

    public boolean isImage(String mediaType) {
        return PHOTOS.contains(mediaType);
    }

    /** Whether browsers may show the file in a page; every other file is only downloaded. */
    public boolean shownInline(String mediaType) {
        return SHOWN_INLINE.contains(mediaType);
    }
}
