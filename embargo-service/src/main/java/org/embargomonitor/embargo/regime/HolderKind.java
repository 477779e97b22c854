package org.embargomonitor.embargo.regime;

/** Kinds of holder other than the national government's forces that an exemption can name (the seizure's possessor kinds). */
public enum HolderKind {
    /** Forces of a federal member state or regional government. */
    REGIONAL_FORCES,
    /** Another State's forces deployed in the territory. */
    FOREIGN_FORCES,
    /** A UN peace operation or a mission the Council authorised. */
    PEACE_OPERATION,
    /** A licensed private security company. */
    PRIVATE_SECURITY
}
