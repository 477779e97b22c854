package org.embargomonitor.search.query;

import java.util.List;
import java.util.Map;

/**
 * The records the caller may read that match the query; {@code total} and the facet counts count only those.
 * {@code nextCursor} fetches the following page, and is absent on the last one.
 */
public record SearchResults(String query, long total, List<RecordHit> hits, Map<String, List<FacetCount>> facets,
        String nextCursor) {

    /** How many matching records have this value. */
    public record FacetCount(String value, long count) {
    }
}
