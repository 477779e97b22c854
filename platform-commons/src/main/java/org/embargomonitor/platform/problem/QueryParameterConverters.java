package org.embargomonitor.platform.problem;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

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
            LocalDate.class, new Reader("a date as YYYY-MM-DD", LocalDate::parse),
            OffsetDateTime.class, new Reader("a date and time with offset, such as 2026-03-14T09:30:00+01:00", OffsetDateTime::parse),
            UUID.class, new Reader("a UUID", UUID::fromString),
            Double.class, new Reader("a number", Double::valueOf),
            Integer.class, new Reader("a whole number", Integer::valueOf),
            Long.class, new Reader("a whole number", Long::valueOf));

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
