package org.embargomonitor.search.evidence;

import java.util.Map;

/** An evidence file as stored in the records index: a child of its seizure's record, with the file's text. */
public record IndexedDocument(Map<String, String> relation, String seizureId, String itemId, String fileName, String mediaType,
        String description, String extraction, String text) {

    public static final String RELATION = "document";

    static IndexedDocument of(String seizureId, String itemId, String fileName, String mediaType, String description, ExtractedText text) {
        return new IndexedDocument(Map.of("name", RELATION, "parent", seizureId), seizureId, itemId, fileName, mediaType, description,
                text.method().name(), text.text());
    }
}
