package org.embargomonitor.embargo.regime;

/** How a regime version treats supplies to the government's forces of the territory. */
public enum GovernmentTreatment {
    /** The embargo applies to the government as to anyone. */
    COVERED,
    /** Allowed when notified to the committee in advance. */
    NOTIFICATION,
    /** Allowed with the committee's prior approval. */
    APPROVAL,
    /** Not covered by the embargo. */
    EXEMPT;

    public boolean needsCommitteeNotice() {
        return this == NOTIFICATION || this == APPROVAL;
    }
}
