package org.embargomonitor.embargo.regime;

/** Territorial: no arms into a territory. Targeted: no arms to designated parties or named groups. */
public enum RegimeKind {
    TERRITORIAL, TARGETED
}
