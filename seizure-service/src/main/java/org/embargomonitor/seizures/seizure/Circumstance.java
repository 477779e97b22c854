package org.embargomonitor.seizures.seizure;

/** How the items came to be known (domain.md, "Seizure records"). */
public enum Circumstance {
    SEIZED, FOUND, SURRENDERED, CAPTURED
}
