package org.embargomonitor.seizures.seizure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.embargomonitor.seizures.Fixtures.PROBLEM_JSON;
import static org.embargomonitor.seizures.Fixtures.as;
import static org.embargomonitor.seizures.Fixtures.newReference;
import static org.embargomonitor.seizures.Fixtures.seizure;
import static org.embargomonitor.testing.DemoUser.ADMIN;
import static org.embargomonitor.testing.DemoUser.COMMITTEE_MEMBER;
import static org.embargomonitor.testing.DemoUser.MISSION_OFFICER;
import static org.embargomonitor.testing.DemoUser.MONUSCO_OFFICER;
import static org.embargomonitor.testing.DemoUser.PANEL_EXPERT;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.embargomonitor.testing.DemoUser;
import org.embargomonitor.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SeizureResourceTest {

    @Test
    void shouldRecordSeizureForOwnOperation() {
        String reference = newReference();
        String id = as(MISSION_OFFICER).body(seizure(reference, "CAF")).post("/api/seizures")
                .then().statusCode(201)
                .header("Location", startsWith("http"))
                .body("reference", equalTo(reference))
                .body("operation", equalTo("MINUSCA"))
                .body("circumstance", equalTo("SEIZED"))
                .body("recordedBy", equalTo("mission.officer"))
                .extract().path("id");

        as(MISSION_OFFICER).get("/api/seizures/" + id).then().statusCode(200)
                .body("placeName", equalTo("Bria"))
                .body("latitude", equalTo(6.5423f));
    }

    @Test
    void shouldNameTheNewSeizureWhereTheCallerReachedThePlatformBehindTheGateway() {
        as(MISSION_OFFICER).header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "embargo.un.org")
                .body(seizure(newReference(), "CAF")).post("/api/seizures")
                .then().statusCode(201).header("Location", startsWith("https://embargo.un.org/api/seizures/"));
    }

    @Test
    void shouldKeepTheOffsetTheTimeWasGivenWithSoThatTheDateWhereItHappenedIsKnown() {
        String reference = newReference();
        Map<String, Object> body = seizure(reference, "CAF");
        body.put("occurredAt", "2026-03-15T00:30:00+01:00");

        String id = as(MISSION_OFFICER).body(body).post("/api/seizures").then().statusCode(201)
                .body("occurredAt", equalTo("2026-03-15T00:30:00+01:00")).extract().path("id");

        as(MISSION_OFFICER).get("/api/seizures/" + id).then().statusCode(200).body("occurredAt", equalTo("2026-03-15T00:30:00+01:00"));
    }

    @Test
    void shouldShowMissionStaffOnlyTheirOwnOperation() {
        String id = record(MISSION_OFFICER, "CAF");

        as(MONUSCO_OFFICER).get("/api/seizures/" + id).then().statusCode(404).contentType(PROBLEM_JSON);
        List<String> visible = as(MONUSCO_OFFICER).get("/api/seizures?size=500").then().statusCode(200).extract().path("id");
        assertThat(visible).doesNotContain(id);
    }

    @Test
    void shouldShowPanelExpertsTheCountriesTheirPanelCovers() {
        String inCentralAfrica = record(MISSION_OFFICER, "CAF");
        String inCongo = record(MONUSCO_OFFICER, "COD");

        as(PANEL_EXPERT).get("/api/seizures?size=500").then().statusCode(200).body("id", hasItem(inCentralAfrica));
        as(PANEL_EXPERT).get("/api/seizures/" + inCongo).then().statusCode(404);
        as(ADMIN).get("/api/seizures/" + inCongo).then().statusCode(200);
    }

    @Test
    void shouldListOnlyTheSeizuresThatPassEveryFilterWithinTheCallersScope() {
        String prefix = "LIST-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        String march = recordOn(MISSION_OFFICER, prefix + "1", "CAF", "2026-03-15T09:30:00+01:00");
        String april = recordOn(MISSION_OFFICER, prefix + "2", "CAF", "2026-04-20T09:30:00+01:00");
        String congo = recordOn(MONUSCO_OFFICER, prefix + "3", "COD", "2026-04-21T09:30:00+01:00");
        recordOn(MISSION_OFFICER, "OTHER-" + prefix, "CAF", "2026-04-20T09:30:00+01:00");

        assertThat(listed(ADMIN, "reference=" + prefix)).containsExactly(congo, april, march);
        assertThat(listed(ADMIN, "reference=" + prefix + "&country=COD")).containsExactly(congo);
        assertThat(listed(ADMIN, "reference=" + prefix + "&from=2026-04-01")).containsExactly(congo, april);
        assertThat(listed(ADMIN, "reference=" + prefix + "&operation=MINUSCA&to=2026-04-20")).containsExactly(april, march);
        assertThat(listed(ADMIN, "reference=" + prefix + "&from=2026-04-20&to=2026-04-20")).containsExactly(april);
        assertThat(listed(MONUSCO_OFFICER, "reference=" + prefix)).containsExactly(congo);
        assertThat(listed(MONUSCO_OFFICER, "reference=" + prefix + "&operation=MINUSCA")).isEmpty();
        assertThat(listed(ADMIN, "reference=" + prefix.replace("-", "_"))).as("wildcards in a reference are plain characters").isEmpty();
    }

    @Test
    void shouldRefuseFiltersThatCannotMatchNamingTheField() {
        as(ADMIN).get("/api/seizures?from=2026-05-01&to=2026-04-01").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("to"));
        as(ADMIN).get("/api/seizures?country=caf").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", endsWith("country"));
        as(ADMIN).get("/api/seizures?from=yesterday").then().statusCode(400).contentType(PROBLEM_JSON);
    }

    @Test
    void shouldNotLetMissionStaffRecordForAnotherOperation() {
        Map<String, Object> body = seizure(newReference(), "COD");
        body.put("operation", "MONUSCO");
        int before = storedCount();

        as(MISSION_OFFICER).body(body).post("/api/seizures").then().statusCode(403).contentType(PROBLEM_JSON);
        assertThat(storedCount()).isEqualTo(before);
    }

    @Test
    void shouldRefuseDuplicateReferenceWithinOperation() {
        String reference = newReference();
        as(MISSION_OFFICER).body(seizure(reference, "CAF")).post("/api/seizures").then().statusCode(201);
        int before = storedCount();

        as(MISSION_OFFICER).body(seizure(reference, "CAF")).post("/api/seizures")
                .then().statusCode(409).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("reference"));
        assertThat(storedCount()).isEqualTo(before);
    }

    @Test
    void shouldRefuseMalformedJson() {
        refusedWithoutStoring("{\"reference\": \"X-1\", ", 400, null);
    }

    @Test
    void shouldKeepWhereTheSeizureWasMadeAndRefuseAnUnknownKindOfPlace() {
        Map<String, Object> atBorder = seizure(newReference(), "CAF");
        atBorder.put("locationType", "BORDER");
        String id = as(MISSION_OFFICER).body(atBorder).post("/api/seizures").then().statusCode(201)
                .body("locationType", equalTo("BORDER")).extract().path("id");
        as(MISSION_OFFICER).get("/api/seizures/" + id).then().statusCode(200).body("locationType", equalTo("BORDER"));

        Map<String, Object> airport = seizure(newReference(), "CAF");
        airport.put("locationType", "AIRPORT");
        refusedWithoutStoring(airport, 400, "locationType");
    }

    @Test
    void shouldRefuseUnknownCircumstanceNamingTheField() {
        Map<String, Object> body = seizure(newReference(), "CAF");
        body.put("circumstance", "BOUGHT");
        refusedWithoutStoring(body, 400, "circumstance");
    }

    @Test
    void shouldRefuseMissingRequiredField() {
        Map<String, Object> body = seizure(newReference(), "CAF");
        body.remove("reportingUnit");
        refusedWithoutStoring(body, 400, "reportingUnit");
    }

    @Test
    void shouldRefuseCoordinatesOutOfRange() {
        Map<String, Object> body = seizure(newReference(), "CAF");
        body.put("latitude", 91.0);
        refusedWithoutStoring(body, 400, "latitude");
    }

    @Test
    void shouldRefuseDateInTheFuture() {
        Map<String, Object> body = seizure(newReference(), "CAF");
        body.put("occurredAt", OffsetDateTime.now(ZoneOffset.UTC).plusDays(2).toString());
        refusedWithoutStoring(body, 400, "occurredAt");
    }

    @Test
    void shouldRefuseUnknownCountryCode() {
        refusedWithoutStoring(seizure(newReference(), "XYZ"), 400, "countryCode");
    }

    @Test
    void shouldAnswerUnknownSeizureWithNotFound() {
        as(ADMIN).get("/api/seizures/" + UUID.randomUUID()).then().statusCode(404).contentType(PROBLEM_JSON)
                .body("status", equalTo(404));
    }

    @Test
    void shouldRefuseCommitteeMembersAnyRawRecord() {
        String id = record(MISSION_OFFICER, "CAF");
        as(COMMITTEE_MEMBER).get("/api/seizures").then().statusCode(403).contentType(PROBLEM_JSON);
        as(COMMITTEE_MEMBER).get("/api/seizures/" + id).then().statusCode(403);
        as(COMMITTEE_MEMBER).body(seizure(newReference(), "CAF")).post("/api/seizures").then().statusCode(403);
    }

    @Test
    void shouldRefusePanelExpertsRecordingSeizures() {
        as(PANEL_EXPERT).body(seizure(newReference(), "CAF")).post("/api/seizures").then().statusCode(403)
                .contentType(PROBLEM_JSON).body("instance", endsWith("/api/seizures"));
    }

    @Test
    void shouldRefuseCallersWithoutValidToken() {
        given().get("/api/seizures").then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer"));
        given().auth().oauth2(Tokens.forgedToken(PANEL_EXPERT)).get("/api/seizures").then().statusCode(401);
        given().auth().oauth2(Tokens.foreignIssuerToken(PANEL_EXPERT)).get("/api/seizures").then().statusCode(401);
        given().auth().oauth2(Tokens.expiredToken(PANEL_EXPERT)).get("/api/seizures").then().statusCode(401);
    }

    private void refusedWithoutStoring(Object body, int status, String field) {
        int before = storedCount();
        var response = as(MISSION_OFFICER).body(body).post("/api/seizures")
                .then().statusCode(status).contentType(PROBLEM_JSON).body("status", equalTo(status));
        if (field != null) {
            response.body("errors.field", hasItem(field));
        }
        assertThat(storedCount()).isEqualTo(before);
    }

    private static int storedCount() {
        return as(ADMIN).get("/api/seizures?size=500").then().statusCode(200).extract().path("size()");
    }

    private static String recordOn(DemoUser user, String reference, String country, String occurredAt) {
        Map<String, Object> body = seizure(reference, country);
        body.put("occurredAt", occurredAt);
        return as(user).body(body).post("/api/seizures").then().statusCode(201).extract().path("id");
    }

    private static List<String> listed(DemoUser user, String query) {
        return as(user).get("/api/seizures?size=500&" + query).then().statusCode(200).extract().path("id");
    }

    private static String record(DemoUser user, String country) {
        return as(user).body(seizure(newReference(), country)).post("/api/seizures").then().statusCode(201).extract().path("id");
    }
}
