package org.embargomonitor.embargo.compliance;

/** How strongly the facts of the record support a finding; a panel expert decides whether it holds. */
public enum Confidence {
    LOW, MEDIUM, HIGH;

    /** This confidence, or the other where that is lower. */
    public Confidence atMost(Confidence other) {
        return other.ordinal() < ordinal() ? other : this;
    }

    /** One step less sure; low stays low. */
    public Confidence lower() {
        return this == LOW ? LOW : values()[ordinal() - 1];
    }
}
