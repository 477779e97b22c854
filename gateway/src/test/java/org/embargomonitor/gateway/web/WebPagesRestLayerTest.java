package org.embargomonitor.gateway.web;

import static io.restassured.RestAssured.given;
import static org.embargomonitor.platform.security.Roles.ADMIN;
import static org.embargomonitor.platform.security.Roles.COMMITTEE_MEMBER;
import static org.embargomonitor.platform.security.Roles.MISSION_STAFF;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import org.embargomonitor.gateway.GatewayRestLayer;
import org.embargomonitor.testing.RestLayerOnly;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;

/** The pages the gateway renders, for each role, with no Keycloak or service behind it. */
@QuarkusTest
@TestProfile(GatewayRestLayer.class)
@Tag(RestLayerOnly.TAG)
class WebPagesRestLayerTest {

    @Test
    @TestSecurity(user = "committee.member", roles = COMMITTEE_MEMBER)
    void shouldRenderTheDashboardForACommitteeMemberUnderAStrictContentPolicy() {
        given().when().get("/dashboard")
                .then().statusCode(200).contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", "nosniff")
                .body(containsString("committee.member"));
    }

    @Test
    @TestSecurity(user = "committee.member", roles = COMMITTEE_MEMBER)
    void shouldRefuseACommitteeMemberThePagesOfRecords() {
        given().when().get("/search").then().statusCode(403);
        given().when().get("/seizures/new").then().statusCode(403);
        given().when().get("/pipeline").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "mission.staff", roles = MISSION_STAFF)
    void shouldRefuseMissionStaffTheDashboardAndThePipeline() {
        given().when().get("/dashboard").then().statusCode(403);
        given().when().get("/pipeline").then().statusCode(403);
        given().when().get("/seizures/new").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "</script><script>alert(1)</script>", roles = ADMIN)
    void shouldKeepAUserNameThatLooksLikeMarkupAsText() {
        given().when().get("/")
                .then().statusCode(200)
                .body(not(containsString("<script>alert(1)")))
                .body(containsString("\\u003c/script\\u003e"));
    }

    @Test
    @TestSecurity(user = "mission.staff", roles = MISSION_STAFF)
    void shouldTellThePagesWhoIsSignedIn() {
        given().when().get("/api/me")
                .then().statusCode(200).body("username", equalTo("mission.staff")).body("roles[0]", equalTo(MISSION_STAFF));
    }
}
