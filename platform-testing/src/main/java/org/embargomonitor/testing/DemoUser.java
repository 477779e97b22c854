package org.embargomonitor.testing;

/** The demo users of infra/keycloak/embargo-monitor-realm.json, one or more per role. */
public enum DemoUser {
    MISSION_OFFICER("mission.officer", "mission-staff"),
    MONUSCO_OFFICER("monusco.officer", "mission-staff"),
    PANEL_EXPERT("panel.expert", "panel-expert"),
    COMMITTEE_MEMBER("committee.member", "committee-member"),
    ADMIN("platform.admin", "admin");

    public static final String PASSWORD = "demo-password";

    public final String username;
    public final String role;

    DemoUser(String username, String role) {
        this.username = username;
        this.role = role;
    }

    /** The first demo user holding this role. */
    public static DemoUser withRole(String role) {
        for (DemoUser user : values()) {
            if (user.role.equals(role)) {
                return user;
            }
        }
        throw new IllegalArgumentException("no demo user has the role " + role);
    }
}
