package org.embargomonitor.platform;

/**
 * Text written into a CSV cell that a spreadsheet would take for a formula ({@code =HYPERLINK(...)}, {@code +}, {@code -},
 * {@code @}, or a leading tab or carriage return) is prefixed with an apostrophe, as OWASP advises, so that a
 * reference or a place name typed by someone else never runs on a panel's machine. XLSX cells are written as text
 * cells, which spreadsheets never evaluate.
 */
public final class FormulaSafe {

    private FormulaSafe() {
    }

    public static String cell(String value) {
        return value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    /** Numbers and other values as they are; text made {@link #cell safe}. */
    public static Object cell(Object value) {
        return value instanceof String text ? cell(text) : value;
    }
}
