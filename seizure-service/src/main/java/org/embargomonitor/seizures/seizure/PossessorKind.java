package org.embargomonitor.seizures.seizure;

/** From whom the items were seized, found or surrendered, or to whom they were delivered. */
public enum PossessorKind {
    ARMED_GROUP, INDIVIDUAL, GOVERNMENT_FORCES, UNKNOWN
}
