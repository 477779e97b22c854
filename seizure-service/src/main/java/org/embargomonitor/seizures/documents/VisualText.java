package org.embargomonitor.seizures.documents;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;

/**
 * Text in the order and shapes a PDF draws it: PDF viewers show glyphs as given, left to right, so Arabic is joined
 * into its contextual letter forms and right-to-left runs are reordered (Unicode bidirectional algorithm, ICU).
 */
final class VisualText {

    private VisualText() {
    }

    static boolean hasRightToLeft(String text) {
        return Bidi.requiresBidi(text.toCharArray(), 0, text.length());
    }

    /**
     * The vowel marks as the combining marks they are: shaping turns them into spacing forms (U+FE70 to U+FE7F) that
     * readers of the PDF take back as a tatweel or a space beside the mark.
     */
    private static String markings(String shaped) {
        StringBuilder out = new StringBuilder(shaped.length());
        shaped.chars().forEach(c -> out.append(c >= 0xFE70 && c <= 0xFE7F ? MARKS[(c - 0xFE70)] : (char) c));
        return out.toString();
    }

    /** U+FE70 to U+FE7F (isolated and medial forms of the vowel marks), each as its combining mark. */
    private static final char[] MARKS = { '\u064B', '\u064B', '\u064C', '\u064C', '\u064D', '\u064D', '\u064E', '\u064E',
        '\u064F', '\u064F', '\u0650', '\u0650', '\u0651', '\u0651', '\u0652', '\u0652' };

    /** The text in visual order with Arabic shaped; {@code rightToLeft} is the paragraph's base direction. */
    static String of(String text, boolean rightToLeft) {
        if (!rightToLeft && !hasRightToLeft(text)) {
            return text;
        }
        try {
            String shaped = markings(new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL
                    | ArabicShaping.LENGTH_GROW_SHRINK).shape(text));
            Bidi bidi = new Bidi(shaped, rightToLeft ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_LEFT_TO_RIGHT);
            return bidi.writeReordered(Bidi.DO_MIRRORING | Bidi.KEEP_BASE_COMBINING);
        } catch (ArabicShapingException e) {
            return text;
        }
    }
}
