package org.embargomonitor.search.events;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonProcessingException;
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

    /**
     * The event's {@code payload} object read as {@code type}; refused when the event is not JSON, of another schema
     * version, has none, or holds a field of the wrong type.
     */
    public static <T> T payload(ObjectMapper json, String event, String payload, Class<T> type) {
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
        try {
            return json.treeToValue(tree.get(payload), type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new UnreadableEvent("Not a readable " + payload + " event: " + (e instanceof JsonProcessingException p ? p.getOriginalMessage()
                    : e.getMessage()));
        }
    }
}
