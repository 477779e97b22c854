package org.embargomonitor.search.query;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.embargomonitor.platform.problem.ProblemException;
import org.opensearch.client.opensearch._types.FieldValue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A page cursor: the sort values of the last hit, opaque to clients (base64url of a JSON array). */
final class SearchCursor {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SearchCursor() {
    }

    static String encode(List<FieldValue> sortValues) {
        List<Object> values = new ArrayList<>();
        sortValues.forEach(v -> values.add(v.isString() ? v.stringValue() : v.isLong() ? (Object) v.longValue() : v.doubleValue()));
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(values));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<FieldValue> decode(String cursor) {
        try {
            JsonNode values = JSON.readTree(Base64.getUrlDecoder().decode(cursor.getBytes(StandardCharsets.US_ASCII)));
            List<FieldValue> sortValues = new ArrayList<>();
            for (JsonNode value : values) {
                sortValues.add(value.isTextual() ? FieldValue.of(value.asText())
                        : value.isIntegralNumber() ? FieldValue.of(value.asLong()) : FieldValue.of(value.asDouble()));
            }
            if (sortValues.size() != 2) {
                throw new IllegalArgumentException("a cursor holds two sort values");
            }
            return sortValues;
        } catch (IllegalArgumentException | IOException e) {
            throw ProblemException.invalid("cursor", "is not a cursor this service gave out");
        }
    }
}
