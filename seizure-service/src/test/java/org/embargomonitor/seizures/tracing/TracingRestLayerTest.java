package org.embargomonitor.seizures.tracing;

import static io.restassured.RestAssured.given;
import static org.embargomonitor.platform.security.Roles.COMMITTEE_MEMBER;
import static org.embargomonitor.platform.security.Roles.MISSION_STAFF;
import static org.embargomonitor.platform.security.Roles.PANEL_EXPERT;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.embargomonitor.testing.RestLayerOnly;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.smallrye.mutiny.Uni;

/** What the tracing endpoints answer, with the tracing service mocked: no server is reached. */
@QuarkusTest
@TestProfile(RestLayerOnly.class)
@Tag(RestLayerOnly.TAG)
class TracingRestLayerTest {

    private static final UUID SEIZURE = UUID.randomUUID();
    private static final UUID ITEM = UUID.randomUUID();
    private static final String REQUEST = "{\"stateCode\":\"BGR\",\"sentOn\":\"2026-03-02\"}";

    @InjectMock
    TracingService service;

    @Test
    @TestSecurity(user = "panel.expert", roles = PANEL_EXPERT)
    void shouldAnswerTheOpenedRequestWithItsLocationAtTheGateway() {
        TracingRequestView opened = new TracingRequestView(UUID.randomUUID(), SEIZURE, ITEM, "BGR", LocalDate.parse("2026-03-02"),
                LocalDate.parse("2026-03-30"), "CAR", null, null, "panel.expert", List.of(), LocalDate.parse("2026-03-30"), true, false, 0,
                null, null, null, null, null, null, null, null);
        when(service.open(eq(SEIZURE), eq(ITEM), any(), any(), eq("key-7"))).thenReturn(Uni.createFrom().item(opened));

        given().header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "embargo.example.org").header("Idempotency-Key", "key-7")
                .contentType(ContentType.JSON).body(REQUEST)
                .when().post("/api/seizures/" + SEIZURE + "/items/" + ITEM + "/tracing-requests")
                .then().statusCode(201)
                .header("Location", "https://embargo.example.org/api/seizures/" + SEIZURE + "/tracing-requests/" + opened.id())
                .body("stateCode", equalTo("BGR")).body("open", equalTo(true));
    }

    @Test
    @TestSecurity(user = "mission.staff", roles = MISSION_STAFF)
    void shouldLetMissionStaffReadButNotSendTracingRequests() {
        when(service.ofSeizure(eq(SEIZURE), any())).thenReturn(Uni.createFrom().item(List.of()));

        given().when().get("/api/seizures/" + SEIZURE + "/tracing-requests").then().statusCode(200);
        given().contentType(ContentType.JSON).body(REQUEST)
                .when().post("/api/seizures/" + SEIZURE + "/items/" + ITEM + "/tracing-requests")
                .then().statusCode(403);
        verify(service, never()).open(any(), any(), any(), any(), any());
    }

    @Test
    @TestSecurity(user = "committee.member", roles = COMMITTEE_MEMBER)
    void shouldRefuseCommitteeMembersTheRecordsTracing() {
        given().when().get("/api/seizures/" + SEIZURE + "/tracing-requests").then().statusCode(403);
        verify(service, never()).ofSeizure(any(), any());
    }

    @Test
    @TestSecurity(user = "panel.expert", roles = PANEL_EXPERT)
    void shouldNameADateThatIsNoDay() {
        given().contentType(ContentType.JSON).body(REQUEST.replace("2026-03-02", "2026-02-30"))
                .when().post("/api/seizures/" + SEIZURE + "/items/" + ITEM + "/tracing-requests")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("sentOn"));
        verify(service, never()).open(any(), any(), any(), any(), any());
    }
}
