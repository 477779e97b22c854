package org.embargomonitor.seizures.seizure;

/** Who held the items when they were seized, found or surrendered. */
public enum PossessorKind {
    ARMED_GROUP,
    INDIVIDUAL,
    /** The national (federal) government's army, police, intelligence or custodial forces. */
    GOVERNMENT_FORCES,
    /** Forces of a federal member state or regional government. */
    REGIONAL_FORCES,
    /** Another State's forces deployed in the territory. */
    FOREIGN_FORCES,
    /** A UN peace operation or a mission the Council authorised (MINUSCA, MONUSCO, UNIFIL, the MSS mission in Haiti). */
    PEACE_OPERATION,
    /** A licensed private security company. */
    PRIVATE_SECURITY,
    UNKNOWN
}
