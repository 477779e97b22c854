package org.embargomonitor.search;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.embargomonitor.search.alerts.SavedSearches;
import org.embargomonitor.search.reindex.Reindexing;

import io.quarkus.runtime.StartupEvent;

/**
 * Before the consumers start (they start at the messaging library's priority): the searched index and its aliases
 * are current, or being reindexed, and the saved searches and alerts indices exist.
 */
@ApplicationScoped
public class IndicesAtStart {

    void prepare(@Observes @Priority(1) StartupEvent start, Reindexing reindexing, SavedSearches savedSearches) throws Throwable {
        reindexing.ensureCurrent();
        savedSearches.ensureIndices();
    }
}
