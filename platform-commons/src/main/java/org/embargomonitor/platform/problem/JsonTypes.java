package org.embargomonitor.platform.problem;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/** What a client must send for a Java type, in words and with an example, never the type's name. */
final class JsonTypes {

    private JsonTypes() {
    }

    static String describe(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == OffsetDateTime.class || type == Instant.class) {
            return "a date and time with its offset, such as 2026-03-14T09:30:00+01:00";
        }
        if (type == LocalDate.class) {
            return "a date, such as 2026-03-14";
        }
        if (type == UUID.class) {
            return "an id such as 3f2b8c1e-9d4a-4f6b-8e2a-5c7d9e1f0a3b";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class || type == Float.class || type == float.class
                || type == BigDecimal.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type) || !type.isPrimitive() && !type.getName().startsWith("java.")) {
            return "an object";
        }
        return "of another type";
    }
}
