package org.embargomonitor.platform;

/**
 * The one rule for text the platform takes in: no NUL and no other C0 control character but tab, line feed and
 * carriage return, and no lone half of a surrogate pair. PostgreSQL refuses NUL and stores a lone surrogate as
 * "?", and such characters hide text from people who read it. Requests carrying them are refused naming the field;
 * imported files are cleaned with {@link #clean}.
 */
public final class SafeText {

    private SafeText() {
    }

    /** What is wrong with the text, in words for the client, or null when nothing is. */
    public static String problemOf(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return String.format("must not contain the control character U+%04X", (int) c);
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return String.format("must not contain a lone surrogate (U+%04X): it is not a character", (int) c);
            }
        }
        return null;
    }

    /** The text without the characters {@link #problemOf} refuses. */
    public static String clean(String text) {
        if (text == null || problemOf(text) == null) {
            return text;
        }
        StringBuilder cleaned = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                cleaned.append(c).append(text.charAt(++i));
            } else if (!Character.isSurrogate(c) && (c >= 0x20 || c == '\t' || c == '\n' || c == '\r')) {
                cleaned.append(c);
            }
        }
        return cleaned.toString();
    }
}
