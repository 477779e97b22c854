package org.embargomonitor.seizures.seizure;

/** The state of an item's marks: intact marks make it traceable. */
public enum MarkingState {
    INTACT, PARTLY_OBLITERATED, OBLITERATED, ABSENT
}
