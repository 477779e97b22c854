package org.embargomonitor.seizures.tracing;

/** What a State's answer to a tracing request established. */
public enum TracingOutcome {
    ORIGIN_ESTABLISHED, POINT_OF_DIVERSION_IDENTIFIED, INCONCLUSIVE, NO_RESPONSE;

    /** An item counts as traced (SDG 16.4.2) when its origin or point of diversion is established. */
    public boolean traces() {
        return this == ORIGIN_ESTABLISHED || this == POINT_OF_DIVERSION_IDENTIFIED;
    }
}
