package org.embargomonitor.embargo.compliance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.embargomonitor.platform.security.Roles.COMMITTEE_MEMBER;
import static org.embargomonitor.platform.security.Roles.MISSION_STAFF;
import static org.embargomonitor.platform.security.Roles.PANEL_EXPERT;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.UUID;

import org.embargomonitor.embargo.EmbargoRestLayer;
import org.embargomonitor.testing.RestLayerOnly;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.smallrye.mutiny.Uni;

/** What /api/embargo/findings answers, with the finding service mocked: no server is reached. */
@QuarkusTest
@TestProfile(EmbargoRestLayer.class)
@Tag(RestLayerOnly.TAG)
class FindingRestLayerTest {

    @InjectMock
    FindingService service;

    @Test
    @TestSecurity(user = "committee.member", roles = COMMITTEE_MEMBER)
    void shouldReadTheFiltersWhateverTheirCaseAndHandThemToTheService() {
        when(service.list(any(), anyInt(), anyInt(), any())).thenReturn(Uni.createFrom().item(List.of()));

        given().queryParam("status", "confirmed").queryParam("rule", "embargoed_territory").queryParam("regime", " car ")
                .queryParam("page", 3).queryParam("size", 20)
                .when().get("/api/embargo/findings")
                .then().statusCode(200).body("size()", equalTo(0));

        ArgumentCaptor<FindingService.Filter> filter = ArgumentCaptor.forClass(FindingService.Filter.class);
        verify(service).list(filter.capture(), eq(3), eq(20), any());
        assertThat(filter.getValue()).isEqualTo(new FindingService.Filter(FindingStatus.CONFIRMED, Rule.EMBARGOED_TERRITORY, "CAR", null, null));
    }

    @Test
    @TestSecurity(user = "committee.member", roles = COMMITTEE_MEMBER)
    void shouldNameAStatusItDoesNotKnow() {
        given().queryParam("status", "SUSPECTED").when().get("/api/embargo/findings")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("status"));
        verify(service, never()).list(any(), anyInt(), anyInt(), any());
    }

    @Test
    @TestSecurity(user = "committee.member", roles = COMMITTEE_MEMBER)
    void shouldRefuseAnEmptyOrOversizedPageNamingTheParameter() {
        given().queryParam("size", 0).when().get("/api/embargo/findings")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("size"));
        given().queryParam("size", 501).when().get("/api/embargo/findings")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("size"));
        verify(service, never()).list(any(), anyInt(), anyInt(), any());
    }

    @Test
    @TestSecurity(user = "mission.staff", roles = MISSION_STAFF)
    void shouldRefuseFindingsToMissionStaff() {
        given().when().get("/api/embargo/findings").then().statusCode(403);
        given().when().get("/api/embargo/findings/" + UUID.randomUUID()).then().statusCode(403);
        verify(service, never()).list(any(), anyInt(), anyInt(), any());
        verify(service, never()).get(any(), any());
    }

    @Test
    @TestSecurity(user = "committee.member", roles = COMMITTEE_MEMBER)
    void shouldRefuseADecisionOfACommitteeMember() {
        given().contentType(ContentType.JSON).body("{\"decision\":\"CONFIRM\",\"reason\":\"Tracing established the diversion.\"}")
                .when().post("/api/embargo/findings/" + UUID.randomUUID() + "/decision")
                .then().statusCode(403);
        verify(service, never()).decide(any(), any(), any());
    }

    @Test
    @TestSecurity(user = "panel.expert", roles = PANEL_EXPERT)
    void shouldNameTheFieldOfADecisionItDoesNotKnow() {
        given().contentType(ContentType.JSON).body("{\"decision\":\"MAYBE\",\"reason\":\"Tracing established the diversion.\"}")
                .when().post("/api/embargo/findings/" + UUID.randomUUID() + "/decision")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("decision"));
        verify(service, never()).decide(any(), any(), any());
    }
}
