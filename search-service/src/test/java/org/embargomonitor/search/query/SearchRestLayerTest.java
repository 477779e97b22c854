package org.embargomonitor.search.query;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.embargomonitor.platform.security.Roles.COMMITTEE_MEMBER;
import static org.embargomonitor.platform.security.Roles.MISSION_STAFF;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;

import org.embargomonitor.platform.security.Caller;
import org.embargomonitor.search.SearchRestLayer;
import org.embargomonitor.testing.RestLayerOnly;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.smallrye.mutiny.Uni;

/** What /api/search answers, with the search service mocked: no server is reached. */
@QuarkusTest
@TestProfile(SearchRestLayer.class)
@Tag(RestLayerOnly.TAG)
class SearchRestLayerTest {

    @InjectMock
    SearchService service;

    @Test
    @TestSecurity(user = "mission.staff", roles = MISSION_STAFF)
    void shouldHandTheParametersAndTheCallerToTheService() {
        when(service.search(any(), any())).thenReturn(Uni.createFrom().item(new SearchResults("AK", 0, List.of(), Map.of(), null)));

        given().queryParam("q", "\"AK-pattern\" Bria").queryParam("country", "CAF").queryParam("country", "SSD")
                .queryParam("north", 10).queryParam("south", 2).queryParam("east", 27).queryParam("west", 14)
                .queryParam("size", 100)
                .when().get("/api/search")
                .then().statusCode(200).body("total", equalTo(0));

        ArgumentCaptor<SearchParameters> parameters = ArgumentCaptor.forClass(SearchParameters.class);
        ArgumentCaptor<Caller> caller = ArgumentCaptor.forClass(Caller.class);
        verify(service).search(parameters.capture(), caller.capture());
        assertThat(parameters.getValue().q).isEqualTo("\"AK-pattern\" Bria");
        assertThat(parameters.getValue().countries).containsExactly("CAF", "SSD");
        assertThat(parameters.getValue().north).isEqualTo(10.0);
        assertThat(parameters.getValue().size).isEqualTo(100);
        assertThat(caller.getValue().username()).isEqualTo("mission.staff");
    }

    @Test
    @TestSecurity(user = "committee.member", roles = COMMITTEE_MEMBER)
    void shouldRefuseCommitteeMembersWhoSeeFiguresNotRecords() {
        given().queryParam("q", "AK").when().get("/api/search").then().statusCode(403);
        given().queryParam("q", "AK").accept("text/csv").when().get("/api/search/export").then().statusCode(403);
        verify(service, never()).search(any(), any());
        verify(service, never()).allRecords(any(), any(), anyInt());
    }

    @Test
    @TestSecurity(user = "mission.staff", roles = MISSION_STAFF)
    void shouldNameEveryParameterOutOfBounds() {
        given().queryParam("q", "AK").queryParam("size", 101).queryParam("sort", "oldest").queryParam("north", 91)
                .queryParam("findingStatus", "SUSPECTED")
                .when().get("/api/search")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("size")).body("errors.field", hasItem("sort"))
                .body("errors.field", hasItem("north")).body("errors.field", hasItem("findingStatus[0]"));
        verify(service, never()).search(any(), any());
    }

    @Test
    @TestSecurity(user = "mission.staff", roles = MISSION_STAFF)
    void shouldRefuseADateThatIsNotADayNamingIt() {
        given().queryParam("q", "AK").queryParam("from", "2026-02-30")
                .when().get("/api/search")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("from"));
        verify(service, never()).search(any(), any());
    }

    @Test
    @TestSecurity(user = "mission.staff", roles = MISSION_STAFF)
    void shouldRefuseAnExportFormatItDoesNotWrite() {
        given().queryParam("q", "AK").queryParam("format", "pdf").accept("text/csv")
                .when().get("/api/search/export")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("format"));
        verify(service, never()).allRecords(any(), any(), anyInt());
    }

    @Test
    void shouldAskForATokenWithoutOne() {
        given().queryParam("q", "AK").when().get("/api/search").then().statusCode(401);
    }
}
