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

    /** The text in visual order with Arabic shaped; {@code rightToLeft} is the paragraph's base direction. */
    static String of(String text, boolean rightToLeft) {
        if (!rightToLeft && !hasRightToLeft(text)) {
            return text;
        }
        try {
            String shaped = new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL
                    | ArabicShaping.LENGTH_GROW_SHRINK).shape(text);
            Bidi bidi = new Bidi(shaped, rightToLeft ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_LEFT_TO_RIGHT);
            return bidi.writeReordered(Bidi.DO_MIRRORING);
        } catch (ArabicShapingException e) {
            return text;
        }
    }
}
