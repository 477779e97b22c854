package org.embargomonitor.platform;

/**
 * The one rule for text the platform takes in: no NUL and no other C0 control character but tab, line feed and
 * carriage return, and no lone half of a surrogate pair. PostgreSQL refuses NUL and stores a lone surrogate as
 * "?", and such characters hide text from people who read it. Requests carrying them are refused naming the field;
 * imported files are cleaned with {@link #clean}.
 */
public final class SafeText {

    public static final int MAX_FILE_NAME = 300;

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

    /**
     * What is wrong with a file's name, or null: the rule for text, at most {@value #MAX_FILE_NAME} characters, no
     * folders, and none of the control characters that make a name show other than it is (tabs, line breaks, and the
     * bidirectional overrides that turn "photo\u202Egpj.exe" into "photoexe.jpg").
     */
    public static String fileNameProblemOf(String name) {
        if (name == null) {
            return null;
        }
        if (name.length() > MAX_FILE_NAME) {
            return "must be at most " + MAX_FILE_NAME + " characters";
        }
        if (name.contains("/") || name.contains("\\")) {
            return "must be a file's name without its folders";
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r' || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069') {
                return String.format("must not contain the control character U+%04X", (int) c);
            }
        }
        return problemOf(name);
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
