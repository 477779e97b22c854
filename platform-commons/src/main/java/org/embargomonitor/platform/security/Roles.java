package org.embargomonitor.platform.security;

/** The realm roles of Embargo Monitor; docs/role-matrix.md says what each may do. */
public final class Roles {

    public static final String MISSION_STAFF = "mission-staff";
    public static final String PANEL_EXPERT = "panel-expert";
    public static final String COMMITTEE_MEMBER = "committee-member";
    public static final String ADMIN = "admin";
    /** Service role of search-service: reads the files of every seizure's evidence to extract their text. */
    public static final String EVIDENCE_READER = "evidence-reader";

    private Roles() {
    }
}
