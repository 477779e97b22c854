package org.embargomonitor.seizures.seizure;

/** From whom the items were seized, found or surrendered. */
public enum PossessorKind {
    ARMED_GROUP, INDIVIDUAL, UNKNOWN
}
