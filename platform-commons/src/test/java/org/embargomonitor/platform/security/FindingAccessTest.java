package org.embargomonitor.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class FindingAccessTest {

    private static final ReadScope CAR_PANEL = new ReadScope(false, Set.of(), Set.of("CAF"));

    @Test
    void shouldLetPanelExpertsReadFindingsOfEveryStatusOnTheirCountriesOnly() {
        FindingAccess access = FindingAccess.of(caller(Roles.PANEL_EXPERT));

        assertThat(access).isEqualTo(FindingAccess.IN_SCOPE);
        assertThat(access.permits(CAR_PANEL, "CAF", false)).isTrue();
        assertThat(access.permits(CAR_PANEL, "COD", true)).isFalse();
    }

    @Test
    void shouldLetAdminsReadEveryFinding() {
        FindingAccess access = FindingAccess.of(caller(Roles.ADMIN));

        assertThat(access.permits(ReadScope.EVERYTHING, "COD", false)).isTrue();
    }

    @Test
    void shouldLetCommitteeMembersReadConfirmedFindingsOfEveryCountryOnly() {
        FindingAccess access = FindingAccess.of(caller(Roles.COMMITTEE_MEMBER));

        assertThat(access).isEqualTo(FindingAccess.CONFIRMED_ONLY);
        assertThat(access.permits(ReadScope.NOTHING, "COD", true)).isTrue();
        assertThat(access.permits(ReadScope.NOTHING, "COD", false)).isFalse();
    }

    @Test
    void shouldLetMissionStaffAndServiceAccountsReadNoFinding() {
        assertThat(FindingAccess.of(caller(Roles.MISSION_STAFF)).permits(ReadScope.EVERYTHING, "CAF", true)).isFalse();
        assertThat(FindingAccess.of(caller(Roles.EVIDENCE_READER))).isEqualTo(FindingAccess.NONE);
    }

    @Test
    void shouldGiveAPanelExpertWhoSitsOnACommitteeTheWiderAccess() {
        assertThat(FindingAccess.of(new Caller("both", Set.of(Roles.PANEL_EXPERT, Roles.COMMITTEE_MEMBER), Set.of(), Set.of("CAR"))))
                .isEqualTo(FindingAccess.IN_SCOPE);
    }

    private static Caller caller(String role) {
        return new Caller("someone", Set.of(role), Set.of(), Set.of());
    }
}
