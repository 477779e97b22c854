package org.embargomonitor.embargo.regime;

import static io.restassured.RestAssured.given;
import static org.embargomonitor.platform.security.Roles.ADMIN;
import static org.embargomonitor.platform.security.Roles.PANEL_EXPERT;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.core.Response.Status;

import org.embargomonitor.embargo.EmbargoRestLayer;
import org.embargomonitor.embargo.reevaluation.ReevaluationRequests;
import org.embargomonitor.platform.problem.ProblemException;
import org.embargomonitor.testing.RestLayerOnly;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.smallrye.mutiny.Uni;

/** What adding to a regime's history answers, with the regimes and re-evaluations mocked: no server is reached. */
@QuarkusTest
@TestProfile(EmbargoRestLayer.class)
@Tag(RestLayerOnly.TAG)
class RegimeRestLayerTest {

    private static final String VERSION = """
            {"effectiveFrom":"2026-07-30","setBy":"S/RES/2789 (2026), para. 1","source":"S/RES/2789 (2026)",
             "summary":"Renewed the measures.","terms":{}}""";

    @InjectMock
    RegimeService regimes;

    @InjectMock
    ReevaluationRequests reevaluations;

    @Test
    @TestSecurity(user = "platform.admin", roles = ADMIN)
    void shouldAskForEveryRecordToBeCheckedAgainWhenAVersionIsAdded() {
        RegimeVersionView added = new RegimeVersionView(UUID.randomUUID(), "CAR", LocalDate.parse("2026-07-30"), false, null, null,
                "S/RES/2789 (2026), para. 1", "S/RES/2789 (2026)", "Renewed the measures.", List.of(), null, false, "platform.admin",
                OffsetDateTime.parse("2026-12-05T06:00Z"));
        when(regimes.addVersion(eq("CAR"), any(), eq("platform.admin"))).thenReturn(Uni.createFrom().item(added));
        when(reevaluations.request(anyString(), anyString())).thenReturn(Uni.createFrom().nullItem());

        given().header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "embargo.example.org")
                .contentType(ContentType.JSON).body(VERSION)
                .when().post("/api/embargo/regimes/CAR/versions")
                .then().statusCode(201).header("Location", "https://embargo.example.org/api/embargo/regimes/CAR")
                .body("effectiveFrom", equalTo("2026-07-30"));

        verify(reevaluations).request("Version of CAR from 2026-07-30 added by platform.admin", "platform.admin");
    }

    @Test
    @TestSecurity(user = "platform.admin", roles = ADMIN)
    void shouldNotCheckRecordsAgainWhenTheVersionIsRefused() {
        when(regimes.addVersion(eq("CAR"), any(), any())).thenReturn(Uni.createFrom().failure(
                new ProblemException(Status.CONFLICT, "A version from 2026-07-30 exists.", List.of())));

        given().contentType(ContentType.JSON).body(VERSION)
                .when().post("/api/embargo/regimes/CAR/versions")
                .then().statusCode(409).contentType("application/problem+json");

        verify(reevaluations, never()).request(anyString(), anyString());
    }

    @Test
    @TestSecurity(user = "panel.expert", roles = PANEL_EXPERT)
    void shouldLeaveTheHistoryToAdmins() {
        given().contentType(ContentType.JSON).body(VERSION)
                .when().post("/api/embargo/regimes/CAR/versions")
                .then().statusCode(403);
        verify(regimes, never()).addVersion(any(), any(), any());
        verify(reevaluations, never()).request(anyString(), anyString());
    }

    @Test
    @TestSecurity(user = "panel.expert", roles = PANEL_EXPERT)
    void shouldNameADayThatIsNoDayInAsOf() {
        given().queryParam("asOf", "2026-13-01").when().get("/api/embargo/regimes")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("asOf"));
        verify(regimes, never()).all(any());
    }
}
