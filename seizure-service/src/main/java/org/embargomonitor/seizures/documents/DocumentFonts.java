package org.embargomonitor.seizures.documents;

/** The TrueType fonts embedded in generated documents: DejaVu Sans covers Latin, Cyrillic and Arabic script. */
final class DocumentFonts {

    private static final String FOLDER = "/net/sf/jasperreports/fonts/dejavu/";
    static final String REGULAR = FOLDER + "DejaVuSans.ttf";
    static final String BOLD = FOLDER + "DejaVuSans-Bold.ttf";
    /** The font's name for word processors, which shape and lay out the text themselves. */
    static final String FAMILY = "DejaVu Sans";

    private DocumentFonts() {
    }
}
