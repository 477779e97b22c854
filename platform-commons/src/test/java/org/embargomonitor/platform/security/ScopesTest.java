package org.embargomonitor.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ScopesTest {

    private final Scopes scopes = new Scopes(() -> Map.of(
            "CAR", Set.of("CAF"),
            "Monitoring-Team-1267-1988", Set.of("*")));

    @Test
    void shouldLimitMissionStaffToTheirOperations() {
        ReadScope scope = scopes.readScopeOf(caller(Roles.MISSION_STAFF, Set.of("MINUSCA"), Set.of()));

        assertThat(scope.covers("MINUSCA", "CAF")).isTrue();
        assertThat(scope.covers("MONUSCO", "CAF")).isFalse();
    }

    @Test
    void shouldLimitPanelExpertsToTheCountriesTheirPanelCovers() {
        ReadScope scope = scopes.readScopeOf(caller(Roles.PANEL_EXPERT, Set.of(), Set.of("CAR")));

        assertThat(scope.covers("MINUSCA", "CAF")).isTrue();
        assertThat(scope.covers("MONUSCO", "COD")).isFalse();
    }

    @Test
    void shouldGiveAPanelCoveringEveryCountryEverything() {
        assertThat(scopes.readScopeOf(caller(Roles.PANEL_EXPERT, Set.of(), Set.of("Monitoring-Team-1267-1988"))).everything())
                .isTrue();
    }

    @Test
    void shouldGiveAdminsEverything() {
        assertThat(scopes.readScopeOf(caller(Roles.ADMIN, Set.of(), Set.of())).everything()).isTrue();
    }

    @Test
    void shouldGiveNothingToACommitteeMemberOrAnUnassignedUser() {
        assertThat(scopes.readScopeOf(caller(Roles.COMMITTEE_MEMBER, Set.of("MINUSCA"), Set.of("CAR"))).isEmpty()).isTrue();
        assertThat(scopes.readScopeOf(caller(Roles.PANEL_EXPERT, Set.of(), Set.of("Unknown"))).isEmpty()).isTrue();
    }

    @Test
    void shouldNotLetAnOperationAssignmentWidenAPanelExpertsScope() {
        ReadScope scope = scopes.readScopeOf(caller(Roles.PANEL_EXPERT, Set.of("MONUSCO"), Set.of("CAR")));

        assertThat(scope.covers("MONUSCO", "COD")).isFalse();
    }

    private static Caller caller(String role, Set<String> operations, Set<String> panels) {
        return new Caller("someone", Set.of(role), operations, panels);
    }
}
