package org.embargomonitor.platform.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises PostgreSQL's unique violation (SQLSTATE 23505) in a failure, as the database clients report it, and
 * names the fields of the key without the values, the constraint or the SQL. Read by name, so that services
 * without a database need no database client.
 */
public final class DuplicateKeys {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final Pattern KEY = Pattern.compile("Key \\(([^)]*)\\)=");

    private DuplicateKeys() {
    }

    /** Whether the failure is PostgreSQL's unique violation, however wrapped. */
    public static boolean isUniqueViolation(Throwable failure) {
        return columnsOf(failure) != null;
    }

    /** The key's fields in camel case ("body" when the database did not say), or null when the failure is no unique violation. */
    static List<String> columnsOf(Throwable failure) {
        boolean duplicate = false;
        String detail = null;
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            duplicate |= UNIQUE_VIOLATION.equals(SqlStates.of(cause));
            if (detail == null) {
                detail = SqlStates.call(cause, "getDetail");
            }
        }
        if (!duplicate) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        Matcher key = KEY.matcher(String.valueOf(detail));
        if (key.find()) {
            for (String column : key.group(1).split(",")) {
                fields.add(camelCase(column.strip()));
            }
        }
        return fields.isEmpty() ? List.of("body") : List.copyOf(fields);
    }

    private static String camelCase(String column) {
        StringBuilder field = new StringBuilder();
        boolean upper = false;
        for (char c : column.replace("\"", "").toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                field.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return field.toString();
    }
}
