package org.embargomonitor.seizures.documents;

import java.util.List;
import java.util.Map;

/** Writes a document top to bottom, whatever its format: letters and annexes are written once for PDF and Word. */
public interface DocumentComposer extends AutoCloseable {

    /** The formats a document is written in. */
    enum Format {
        PDF("application/pdf", "pdf"), DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");

        public final String mediaType;
        public final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }
    }

    static DocumentComposer of(Format format, String title, boolean rightToLeft) {
        return format == Format.PDF ? new PdfComposer(title, rightToLeft) : new DocxComposer(title, rightToLeft);
    }

    void title(String text);

    void heading(String text);

    /**
     * A table of contents: the headings to come, each with its page when known (PDF: from a first pass over the same
     * document; Word lays out pages itself, so it lists the headings alone).
     */
    void contents(String title, List<String> headings, List<Integer> pages);

    /** The page each heading was written on, in order (PDF; empty for Word). */
    List<Integer> headingPages();

    /** A heading within a section, in bold, not in the table of contents. */
    void subheading(String text);

    void paragraph(String text);

    void small(String text);

    /** One "label: value" line per pair with a value. */
    void fields(List<Map.Entry<String, String>> pairs);

    /** Places a photo with its caption; false when the format cannot hold its type (the caption alone is written). */
    boolean photo(byte[] bytes, String caption);

    /** Leaves an empty line. */
    void space();

    int imageCount();

    byte[] finish();

    @Override
    void close();
}
