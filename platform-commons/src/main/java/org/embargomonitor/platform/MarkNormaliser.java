package org.embargomonitor.platform;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form in which serial numbers, lot numbers and headstamps are matched: upper case, no spaces or
 * separators, accents dropped, and look-alike characters folded (O and Q to 0, I and L to 1, S to 5, Z to 2,
 * B to 8), since marks are misread in the field. What was read is always kept as well.
 */
public final class MarkNormaliser {

    private MarkNormaliser() {
    }

    public static String normalise(String asRead) {
        if (asRead == null) {
            return null;
        }
        String decomposed = Normalizer.normalize(asRead, Normalizer.Form.NFKD).toUpperCase(Locale.ROOT);
        StringBuilder normalised = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
                normalised.append(lookAlike(c));
            }
        }
        return normalised.isEmpty() ? null : normalised.toString();
    }

    private static char lookAlike(char c) {
        return switch (c) {
            case 'O', 'Q' -> '0';
            case 'I', 'L' -> '1';
            case 'S' -> '5';
            case 'Z' -> '2';
            case 'B' -> '8';
            default -> c;
        };
    }
}
