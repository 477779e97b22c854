package org.embargomonitor.search.alerts;

import java.time.OffsetDateTime;

/** A saved search as its owner sees it. */
public record SavedSearch(String id, String name, NewSavedSearch search, String owner, OffsetDateTime createdAt) {
}
