package org.embargomonitor.seizures.seizure;

import java.util.EnumSet;
import java.util.Set;

/** What has happened to an item since it was recorded. */
public enum ItemStatus {
    RECORDED, MARKED, TRACING_REQUESTED, TRACED, STORED, DESTROYED;

    /** Destroyed is final, nothing returns to recorded, and only a requested trace can be traced. */
    public Set<ItemStatus> next() {
        return switch (this) {
            case DESTROYED -> EnumSet.noneOf(ItemStatus.class);
            case TRACING_REQUESTED -> EnumSet.of(MARKED, TRACED, STORED, DESTROYED);
            default -> EnumSet.complementOf(EnumSet.of(RECORDED, TRACED, this));
        };
    }
}
