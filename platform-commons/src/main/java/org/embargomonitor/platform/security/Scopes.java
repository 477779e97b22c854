package org.embargomonitor.platform.security;

import java.util.HashSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;


/** Works out a caller's {@link ReadScope} from their roles and assignments. */
@ApplicationScoped
public class Scopes {

    private static final String EVERY_COUNTRY = "*";
    private final ScopeConfig config;

    Scopes(ScopeConfig config) {
        this.config = config;
    }

    public ReadScope readScopeOf(Caller caller) {
        if (caller.isAdmin() || caller.hasRole(Roles.EVIDENCE_READER)) {
            return ReadScope.EVERYTHING;
        }
        Set<String> operations = caller.hasRole(Roles.MISSION_STAFF) ? caller.operations() : Set.of();
        Set<String> countries = new HashSet<>();
        if (caller.hasRole(Roles.PANEL_EXPERT)) {
            for (String panel : caller.panels()) {
                Set<String> covered = config.panelCountries().getOrDefault(panel, Set.of());
                if (covered.contains(EVERY_COUNTRY)) {
                    return ReadScope.EVERYTHING;
                }
                countries.addAll(covered);
            }
        }
        return new ReadScope(false, Set.copyOf(operations), Set.copyOf(countries));
    }
}
