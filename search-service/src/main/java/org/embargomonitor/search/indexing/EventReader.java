package org.embargomonitor.search.indexing;

import java.io.IOException;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads the payload of an event of schema version 1; an event this service cannot read is logged and skipped, never blocking the rest. */
public final class EventReader {

    static final int SCHEMA_VERSION = 1;
    private static final Logger LOG = Logger.getLogger(EventReader.class);

    private EventReader() {
    }

    /** The event's {@code payload} object, or null when the event is not JSON, of another schema version, or has none. */
    public static JsonNode payload(ObjectMapper json, String event, String payload) {
        try {
            JsonNode tree = json.readTree(event);
            if (tree.path("schemaVersion").asInt() != SCHEMA_VERSION || !tree.hasNonNull(payload)) {
                LOG.errorf("Skipping a %s event of schema version %s: %s", payload, tree.path("schemaVersion"), abbreviated(event));
                return null;
            }
            return tree.get(payload);
        } catch (IOException e) {
            LOG.errorf("Skipping a %s event that is not JSON: %s", payload, abbreviated(event));
            return null;
        }
    }

    public static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String abbreviated(String event) {
        return event.length() > 200 ? event.substring(0, 200) + "…" : event;
    }
}
