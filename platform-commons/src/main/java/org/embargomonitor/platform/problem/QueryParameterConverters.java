package org.embargomonitor.platform.problem;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

/**
 * Reads dates, numbers and UUIDs of query parameters so that a value that cannot be read answers 400 naming the
 * parameter. Without it, JAX-RS must answer 404 for a query parameter it cannot convert, which sends clients
 * looking for a missing endpoint instead of their typo.
 */
@Provider
public class QueryParameterConverters implements ParamConverterProvider {

    private record Reader(String expected, Function<String, ?> read) {
    }

    private static final Map<Class<?>, Reader> READERS = Map.of(
            LocalDate.class, new Reader("a date as YYYY-MM-DD between 1900 and 2100", QueryParameterConverters::date),
            OffsetDateTime.class, new Reader("a date and time with offset, such as 2026-03-14T09:30:00+01:00", OffsetDateTime::parse),
            UUID.class, new Reader("a UUID", QueryParameterConverters::uuid),
            Double.class, new Reader("a finite number", QueryParameterConverters::finite),
            double.class, new Reader("a finite number", QueryParameterConverters::finite),
            Integer.class, new Reader("a whole number", Integer::valueOf),
            int.class, new Reader("a whole number", Integer::valueOf),
            Long.class, new Reader("a whole number", Long::valueOf),
            long.class, new Reader("a whole number", Long::valueOf));
    private static final Pattern UUID_FORM = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");

    private static LocalDate date(String text) {
        LocalDate date = LocalDate.parse(text);
        if (date.getYear() < 1900 || date.getYear() > 2100) {
            throw new IllegalArgumentException("out of range");
        }
        return date;
    }

    /** UUID.fromString also takes "1-2-3-4-5"; an id is read only in its canonical form. */
    private static UUID uuid(String text) {
        if (!UUID_FORM.matcher(text).matches()) {
            throw new IllegalArgumentException("not a UUID");
        }
        return UUID.fromString(text);
    }

    private static Double finite(String text) {
        double number = Double.parseDouble(text);
        if (!Double.isFinite(number) || text.matches(".*[xXpPdDfF].*")) {
            throw new IllegalArgumentException("not a finite decimal number");
        }
        return number;
    }

    /** A query parameter that could not be read; answered as problem details naming it. */
    public static final class InvalidQueryParameterException extends BadRequestException {

        private final String parameter;

        InvalidQueryParameterException(String parameter, String message) {
            super(message);
            this.parameter = parameter;
        }

        public String parameter() {
            return parameter;
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        Reader reader = READERS.get(rawType);
        String name = queryParameterName(annotations);
        if (reader == null || name == null) {
            return null;
        }
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null || value.isBlank()) {
                    return null;
                }
                try {
                    return (T) reader.read().apply(value.strip());
                } catch (RuntimeException e) {
                    throw new InvalidQueryParameterException(name, "must be " + reader.expected() + ", not " + value);
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value.toString();
            }
        };
    }

    private static String queryParameterName(Annotation[] annotations) {
        if (annotations == null) {
            return null;
        }
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
        }
        return null;
    }
}
