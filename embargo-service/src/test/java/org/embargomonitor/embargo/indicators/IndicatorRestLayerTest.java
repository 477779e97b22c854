package org.embargomonitor.embargo.indicators;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.embargomonitor.platform.security.Roles.COMMITTEE_MEMBER;
import static org.embargomonitor.platform.security.Roles.MISSION_STAFF;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;

import org.embargomonitor.embargo.EmbargoRestLayer;
import org.embargomonitor.testing.RestLayerOnly;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.smallrye.mutiny.Uni;

/** What /api/embargo/indicators answers, with the indicator service mocked: no server is reached. */
@QuarkusTest
@TestProfile(EmbargoRestLayer.class)
@Tag(RestLayerOnly.TAG)
class IndicatorRestLayerTest {

    @InjectMock
    IndicatorService service;

    @Test
    @TestSecurity(user = "committee.member", roles = COMMITTEE_MEMBER)
    void shouldHandTheFilterAsSentToTheService() {
        when(service.report(any(), any(), any())).thenReturn(Uni.createFrom().item(new IndicatorReport(null, null, "/search", List.of(), List.of())));

        given().queryParam("regime", "CAR").queryParam("country", "CAF").queryParam("country", "COD")
                .queryParam("from", "2025-01-01").queryParam("to", "2025-12-31").queryParam("period", "quarter")
                .when().get("/api/embargo/indicators")
                .then().statusCode(200).body("records", equalTo("/search"));

        ArgumentCaptor<IndicatorFilter> filter = ArgumentCaptor.forClass(IndicatorFilter.class);
        verify(service).report(filter.capture(), any(), any());
        assertThat(filter.getValue().regime).isEqualTo("CAR");
        assertThat(filter.getValue().country).containsExactly("CAF", "COD");
        assertThat(filter.getValue().from).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(filter.getValue().period).isEqualTo("quarter");
    }

    @Test
    @TestSecurity(user = "mission.staff", roles = MISSION_STAFF)
    void shouldRefuseMissionStaff() {
        given().when().get("/api/embargo/indicators").then().statusCode(403);
        verify(service, never()).report(any(), any(), any());
    }

    @Test
    @TestSecurity(user = "committee.member", roles = COMMITTEE_MEMBER)
    void shouldRefuseAPeriodThatEndsBeforeItBeginsNamingTo() {
        given().queryParam("from", "2025-06-01").queryParam("to", "2025-05-31")
                .when().get("/api/embargo/indicators")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("to"));
        verify(service, never()).report(any(), any(), any());
    }

    @Test
    @TestSecurity(user = "committee.member", roles = COMMITTEE_MEMBER)
    void shouldRefuseADayNoRecordCanHaveRatherThanCountMillenniaOfMonths() {
        given().queryParam("from", "0001-01-01")
                .when().get("/api/embargo/indicators")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("from"));
        verify(service, never()).report(any(), any(), any());
    }

    @Test
    @TestSecurity(user = "committee.member", roles = COMMITTEE_MEMBER)
    void shouldNameEachInvalidParameter() {
        given().queryParam("country", "Central African Republic").queryParam("period", "week")
                .when().get("/api/embargo/indicators")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("country[0]")).body("errors.field", hasItem("period"));
        verify(service, never()).report(any(), any(), any());
    }

    @Test
    @TestSecurity(user = "committee.member", roles = COMMITTEE_MEMBER)
    void shouldRefuseAnExportFormatItDoesNotWrite() {
        given().queryParam("format", "pdf").accept("text/csv")
                .when().get("/api/embargo/indicators/export")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("format"));
        verify(service, never()).report(any(), any(), any());
    }

    @Test
    void shouldAskForATokenWithoutOne() {
        given().when().get("/api/embargo/indicators").then().statusCode(401);
    }
}
