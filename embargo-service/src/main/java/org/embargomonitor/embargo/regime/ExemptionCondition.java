package org.embargomonitor.embargo.regime;

/** On what terms an exemption lets supplies reach its beneficiaries. */
public enum ExemptionCondition {
    /** No notice needed. */
    NONE,
    /** Notified to the committee in advance (with no negative decision, where the regime says so). */
    NOTIFICATION,
    /** Approved by the committee in advance. */
    APPROVAL
}
