package org.embargomonitor.search.linking;

import java.util.List;

import org.embargomonitor.search.query.IndexedRecord;

/** The item asked about and the items linked to it, strongest links first. */
public record LinkedItemsView(String seizureId, String reference, IndexedRecord.Item item, long serialRange, List<LinkedItem> linked) {
}
