package org.embargomonitor.seizures.seizure;

import static io.restassured.RestAssured.given;
import static org.embargomonitor.platform.security.Roles.ADMIN;
import static org.embargomonitor.platform.security.Roles.COMMITTEE_MEMBER;
import static org.embargomonitor.platform.security.Roles.MISSION_STAFF;
import static org.embargomonitor.platform.security.Roles.PANEL_EXPERT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.embargomonitor.platform.security.Caller;
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

/** What /api/seizures answers before and after the service, with the service mocked: no server is reached. */
@QuarkusTest
@TestProfile(RestLayerOnly.class)
@Tag(RestLayerOnly.TAG)
class SeizureRestLayerTest {

    private static final String VALID = """
            {"reference":"MINUSCA-2026-0412","reportingUnit":"Bangui JTF","occurredAt":"2026-03-01T10:00:00Z",
             "countryCode":"CAF","circumstance":"SEIZED"}""";

    @InjectMock
    SeizureService service;

    @Test
    @TestSecurity(user = "mission.staff", roles = MISSION_STAFF)
    void shouldAnswerTheRecordedSeizureWithItsLocationAtTheAddressTheCallerUsed() {
        SeizureView stored = view();
        when(service.record(any(), any(), eq("key-1"))).thenReturn(Uni.createFrom().item(new SeizureService.Recorded(stored, true)));

        given().header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "embargo.example.org")
                .header("Idempotency-Key", "key-1").contentType(ContentType.JSON).body(VALID)
                .when().post("/api/seizures")
                .then().statusCode(201)
                .header("Location", "https://embargo.example.org/api/seizures/" + stored.id())
                .header("Idempotent-Replayed", "true")
                .body("reference", equalTo("MINUSCA-2026-0412"));
    }

    @Test
    @TestSecurity(user = "mission.staff", roles = MISSION_STAFF)
    void shouldRecordForTheCallerAsTheTokenNamesThem() {
        when(service.record(any(), any(), any())).thenReturn(Uni.createFrom().item(new SeizureService.Recorded(view(), false)));

        given().contentType(ContentType.JSON).body(VALID).when().post("/api/seizures").then().statusCode(201);

        ArgumentCaptor<Caller> caller = ArgumentCaptor.forClass(Caller.class);
        verify(service).record(any(), caller.capture(), eq(null));
        assertThat(caller.getValue().username()).isEqualTo("mission.staff");
        assertThat(caller.getValue().roles()).containsExactly(MISSION_STAFF);
    }

    @Test
    void shouldRefuseACallerWithoutAToken() {
        given().contentType(ContentType.JSON).body(VALID).when().post("/api/seizures").then().statusCode(401);
        verify(service, never()).record(any(), any(), any());
    }

    @Test
    @TestSecurity(user = "panel.expert", roles = PANEL_EXPERT)
    void shouldRefuseToRecordForAPanelExpert() {
        given().contentType(ContentType.JSON).body(VALID).when().post("/api/seizures").then().statusCode(403);
        verify(service, never()).record(any(), any(), any());
    }

    @Test
    @TestSecurity(user = "committee.member", roles = COMMITTEE_MEMBER)
    void shouldRefuseToListSeizuresToACommitteeMember() {
        given().when().get("/api/seizures").then().statusCode(403);
        verify(service, never()).visibleTo(any(), any(), anyInt(), anyInt());
    }

    @Test
    @TestSecurity(user = "mission.staff", roles = MISSION_STAFF)
    void shouldNameTheFieldOfAValueOfTheWrongType() {
        given().contentType(ContentType.JSON).body(VALID.replace("\"2026-03-01T10:00:00Z\"", "\"last tuesday\""))
                .when().post("/api/seizures")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("occurredAt"));
        verify(service, never()).record(any(), any(), any());
    }

    @Test
    @TestSecurity(user = "mission.staff", roles = MISSION_STAFF)
    void shouldNameTheFieldOfACircumstanceItDoesNotKnow() {
        given().contentType(ContentType.JSON).body(VALID.replace("SEIZED", "STOLEN"))
                .when().post("/api/seizures")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("circumstance"));
        verify(service, never()).record(any(), any(), any());
    }

    @Test
    @TestSecurity(user = "mission.staff", roles = MISSION_STAFF)
    void shouldRefuseAMisspeltFieldNamingItRatherThanStoreTheItemWithoutIt() {
        given().contentType(ContentType.JSON)
                .body(VALID.replace("}", ",\"items\":[{\"category\":\"ASSAULT_RIFLE\",\"quantity\":1,\"serialNumbr\":\"KT104523\"}]}"))
                .when().post("/api/seizures")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("items[0].serialNumbr"));
        verify(service, never()).record(any(), any(), any());
    }

    @Test
    @TestSecurity(user = "panel.expert", roles = PANEL_EXPERT)
    void shouldRefuseAPeriodThatEndsBeforeItBegins() {
        given().queryParam("from", "2026-03-02").queryParam("to", "2026-03-01")
                .when().get("/api/seizures")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("to"));
        verify(service, never()).visibleTo(any(), any(), anyInt(), anyInt());
    }

    @Test
    @TestSecurity(user = "panel.expert", roles = PANEL_EXPERT)
    void shouldRefuseAPageLargerThanTheLimitNamingTheParameter() {
        given().queryParam("size", 501).when().get("/api/seizures")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("size"));
        verify(service, never()).visibleTo(any(), any(), anyInt(), anyInt());
    }

    @Test
    @TestSecurity(user = "panel.expert", roles = PANEL_EXPERT)
    void shouldPassTheFiltersAndPageToTheService() {
        when(service.visibleTo(any(), any(), anyInt(), anyInt())).thenReturn(Uni.createFrom().item(List.of(view())));

        given().queryParam("operation", "MINUSCA").queryParam("country", "CAF").queryParam("page", 2).queryParam("size", 10)
                .when().get("/api/seizures")
                .then().statusCode(200).body("size()", equalTo(1));

        ArgumentCaptor<SeizureFilter> filter = ArgumentCaptor.forClass(SeizureFilter.class);
        verify(service).visibleTo(any(), filter.capture(), eq(2), eq(10));
        assertThat(filter.getValue().operation).isEqualTo("MINUSCA");
        assertThat(filter.getValue().country).isEqualTo("CAF");
    }

    @Test
    @TestSecurity(user = "admin", roles = ADMIN)
    void shouldAnswerNotFoundAsAProblemWhenTheServiceFindsNoSeizureTheCallerMayRead() {
        UUID id = UUID.randomUUID();
        when(service.find(eq(id), any())).thenReturn(Uni.createFrom().nullItem());

        given().when().get("/api/seizures/" + id)
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("No seizure " + id + " that you may read."));
    }

    @Test
    @TestSecurity(user = "admin", roles = ADMIN)
    void shouldAnswerNotFoundForAnIdThatIsNotAUuid() {
        given().when().get("/api/seizures/not-a-uuid").then().statusCode(404);
        verify(service, never()).find(any(), any());
    }

    private static SeizureView view() {
        return new SeizureView(UUID.randomUUID(), "MINUSCA-2026-0412", "MINUSCA", "Bangui JTF", OffsetDateTime.parse("2026-03-01T10:00Z"),
                "CAF", null, "Bria", null, null, null, Circumstance.SEIZED, null, null, null, null, List.of(), "mission.staff",
                OffsetDateTime.parse("2026-03-01T11:00Z"), 1);
    }
}
