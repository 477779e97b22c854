package org.embargomonitor.seizures.seizure;

/**
 * What can happen to an item: each status it can take (a further tracing request about it too), and the end of a
 * tracing request: answered by the State, or concluded without an answer.
 */
public enum ItemStep {
    RECORDED, MARKED, TRACING_REQUESTED, TRACED, STORED, DESTROYED, TRACING_ANSWERED, TRACING_UNANSWERED;

    static ItemStep of(ItemStatus status) {
        return valueOf(status.name());
    }
}
