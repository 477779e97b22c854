package org.embargomonitor.seizures.tracing.letters;

import org.embargomonitor.seizures.documents.DocumentLanguage;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.embargomonitor.seizures.seizure.Item;
import org.embargomonitor.seizures.seizure.Seizure;

/** What a tracing letter says: the seizure, the items asked about with their photos, and the questions. */
record LetterContent(Letterhead letterhead, DocumentLanguage language, LocalDate sentOn, LocalDate dueOn, String stateCode,
        Seizure seizure, List<Item> items, Map<UUID, List<Photo>> photosOfItems, List<String> questions) {

    /** A photo of an item (of its marks, mostly) as stored: the original bytes, never re-encoded. */
    record Photo(String description, byte[] bytes) {
    }
}
