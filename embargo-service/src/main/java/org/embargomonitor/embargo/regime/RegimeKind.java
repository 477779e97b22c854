package org.embargomonitor.embargo.regime;

/**
 * Territorial: no arms into a territory (the Government possibly exempt). Targeted: no arms to designated parties,
 * named groups or non-state armed groups. Lifted: no embargo from this version on.
 */
public enum RegimeKind {
    TERRITORIAL, TARGETED, LIFTED
}
