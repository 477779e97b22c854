package org.embargomonitor.embargo.compliance;

/** Nothing is a violation until a panel expert confirms it. */
public enum FindingStatus {
    /** Raised by a rule, waiting for an expert. */
    OPEN,
    /** An expert confirmed it: a violation. */
    CONFIRMED,
    /** An expert dismissed it, with a reason. */
    DISMISSED,
    /** The record changed and the rule no longer raises it. */
    WITHDRAWN
}
