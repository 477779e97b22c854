package org.embargomonitor.search.query;

import java.util.List;

/** The records the caller may read that match the query; {@code total} counts only those. */
public record SearchResults(String query, long total, List<RecordHit> hits) {
}
