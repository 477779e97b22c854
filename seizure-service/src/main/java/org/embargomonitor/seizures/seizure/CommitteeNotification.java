package org.embargomonitor.seizures.seizure;

/** For a delivery to government forces: whether the sanctions committee was notified as the regime requires. */
public enum CommitteeNotification {
    NOTIFIED, NOT_NOTIFIED, UNKNOWN
}
