package org.embargomonitor.search.batch;

import static io.restassured.RestAssured.given;
import static org.embargomonitor.platform.security.Roles.MISSION_STAFF;
import static org.embargomonitor.platform.security.Roles.PANEL_EXPERT;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;

import org.embargomonitor.search.SearchRestLayer;
import org.embargomonitor.testing.RestLayerOnly;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.smallrye.mutiny.Uni;

/** What submitting a batch search answers, with the batch searches mocked: no server is reached. */
@QuarkusTest
@TestProfile(SearchRestLayer.class)
@Tag(RestLayerOnly.TAG)
class BatchSearchRestLayerTest {

    @InjectMock
    BatchSearches batches;

    @Test
    @TestSecurity(user = "panel.expert", roles = PANEL_EXPERT)
    void shouldReadACsvFilesFirstColumnWithoutItsHeaderAndAnswerWhereToFollowTheJob() {
        when(batches.submit(eq(BatchKind.MARK), any(), any())).thenReturn(Uni.createFrom().item(
                new BatchSearch("b-1", "panel.expert", BatchKind.MARK, BatchSearch.State.RUNNING, 2, 0, "2026-12-05T06:00:00Z", null, List.of())));

        given().header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "embargo.example.org")
                .contentType("text/csv").body("serial,note\nKT104523,AKM from Bria\n\"LOT-0I5\",box\n")
                .when().post("/api/search/batches")
                .then().statusCode(202).header("Location", "https://embargo.example.org/api/search/batches/b-1")
                .body("state", equalTo("RUNNING"));

        verify(batches).submit(eq(BatchKind.MARK), eq(List.of("KT104523", "LOT-0I5")), any());
    }

    @Test
    @TestSecurity(user = "panel.expert", roles = PANEL_EXPERT)
    void shouldNameAKindItDoesNotSearch() {
        given().queryParam("kind", "serial").contentType("text/plain").body("KT104523")
                .when().post("/api/search/batches")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("kind"));
        verify(batches, never()).submit(any(), any(), any());
    }

    @Test
    @TestSecurity(user = "mission.staff", roles = MISSION_STAFF)
    void shouldLeaveBatchSearchesToPanelsAndAdmins() {
        given().contentType("text/plain").body("KT104523").when().post("/api/search/batches").then().statusCode(403);
        verify(batches, never()).submit(any(), any(), any());
    }
}
