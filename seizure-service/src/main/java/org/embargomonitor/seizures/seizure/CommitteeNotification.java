package org.embargomonitor.seizures.seizure;

/**
 * For a delivery to forces a regime lets be supplied with notice: what the record says of the notice to the sanctions
 * committee. NOTIFIED without APPROVED is a delivery notified but not (yet) approved.
 */
public enum CommitteeNotification {
    NOTIFIED, NOT_NOTIFIED, APPROVED, NOT_APPROVED, UNKNOWN
}
