package org.embargomonitor.embargo.parties;

public enum PartyKind {
    INDIVIDUAL, ENTITY
}
