package org.embargomonitor.platform.security;

/**
 * Which findings a caller may read, the one rule every service applies (docs/role-matrix.md): admins and panel
 * experts read findings of every status on the countries of their read scope; committee members read confirmed
 * findings of every country; everyone else (mission staff, service accounts) reads none.
 */
public enum FindingAccess {

    IN_SCOPE,
    CONFIRMED_ONLY,
    NONE;

    public static FindingAccess of(Caller caller) {
        if (caller.isAdmin() || caller.hasRole(Roles.PANEL_EXPERT)) {
            return IN_SCOPE;
        }
        return caller.hasRole(Roles.COMMITTEE_MEMBER) ? CONFIRMED_ONLY : NONE;
    }

    /** Whether a finding on a record of this country, confirmed or not, may be read with this access and read scope. */
    public boolean permits(ReadScope scope, String countryCode, boolean confirmed) {
        return switch (this) {
            case IN_SCOPE -> scope.everything() || scope.countries().contains(countryCode);
            case CONFIRMED_ONLY -> confirmed;
            case NONE -> false;
        };
    }
}
