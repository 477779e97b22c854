package org.embargomonitor.search.indexing;

import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads the payload of an event of schema version 1; an event this service cannot read is refused with the reason. */
public final class EventReader {

    static final int SCHEMA_VERSION = 1;

    private EventReader() {
    }

    /** An event this service cannot read; its message is the reason, for the dead-letter topic. */
    public static final class UnreadableEvent extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        UnreadableEvent(String reason) {
            super(reason);
        }
    }

    /** The event's {@code payload} object; refused when the event is not JSON, of another schema version, or has none. */
    public static JsonNode payload(ObjectMapper json, String event, String payload) {
        JsonNode tree;
        try {
            tree = json.readTree(event);
        } catch (IOException e) {
            throw new UnreadableEvent("Not a readable " + payload + " event: not JSON");
        }
        if (tree == null || tree.path("schemaVersion").asInt() != SCHEMA_VERSION || !tree.hasNonNull(payload)) {
            throw new UnreadableEvent("Not a readable " + payload + " event: schema version "
                    + (tree == null ? "none" : tree.path("schemaVersion")) + " without a " + payload + "; this service reads version "
                    + SCHEMA_VERSION);
        }
        return tree.get(payload);
    }

    public static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
