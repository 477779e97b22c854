package org.embargomonitor.platform.json;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.inject.Singleton;

import org.embargomonitor.platform.SafeText;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * One strict reading of JSON for every service: a request means what it says or is refused, naming the field.
 * Refused: a key given twice, anything after the value, a number for an enum, a fraction for an integer, a
 * number for a boolean, a string for a number, a number for a string, a date or a time, 30 February, a date-time
 * where a date is asked for, and text that breaks {@link SafeText}. Times keep the offset they were given with.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    @SuppressWarnings("deprecation") // ALLOW_COERCION_OF_SCALARS: the coercion configs below cover the rest
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        // A time keeps the offset it was given with: the date where a seizure happened depends on it.
        mapper.disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
        mapper.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Enum).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        // Not lenient: no 30 February turned into the 29th.
        mapper.configOverride(LocalDate.class).setFormat(JsonFormat.Value.forPattern("uuuu-MM-dd").withLenient(false));
        SimpleModule strict = new SimpleModule("strict-text").addDeserializer(String.class, new SafeTextDeserializer());
        strict.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description, JsonDeserializer<?> read) {
                Class<?> type = description.getBeanClass();
                return type == LocalDate.class || type == OffsetDateTime.class || type == Instant.class ? new WrittenAsText(read) : read;
            }
        });
        mapper.registerModule(strict);
    }

    /** A date or a moment only from text as ISO 8601 writes it: no epoch seconds, no arrays of numbers. */
    static final class WrittenAsText extends DelegatingDeserializer {

        private static final long serialVersionUID = 1L;

        WrittenAsText(JsonDeserializer<?> read) {
            super(read);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> read) {
            return new WrittenAsText(read);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return context.handleUnexpectedToken(handledType(), parser);
            }
            return super.deserialize(parser, context);
        }
    }

    /** Jackson's own reading of strings, then {@link SafeText}'s rule. */
    static final class SafeTextDeserializer extends StdScalarDeserializer<String> {

        private static final long serialVersionUID = 1L;

        SafeTextDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (String) context.handleUnexpectedToken(String.class, parser); // no number or boolean read as text
            }
            String text = StringDeserializer.instance.deserialize(parser, context);
            String problem = SafeText.problemOf(text);
            if (problem != null) {
                throw new UnsafeTextException(parser, problem);
            }
            return text;
        }
    }
}
