package org.embargomonitor.embargo.regime;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.embargomonitor.testing.DemoUser.ADMIN;
import static org.embargomonitor.testing.DemoUser.COMMITTEE_MEMBER;
import static org.embargomonitor.testing.DemoUser.MISSION_OFFICER;
import static org.embargomonitor.testing.DemoUser.PANEL_EXPERT;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.embargomonitor.testing.DemoUser;
import org.embargomonitor.testing.Tokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
@SuppressWarnings("unchecked")
class RegimeResourceTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Inject
    RegimeService regimes;

    @ParameterizedTest
    @EnumSource(value = DemoUser.class, names = { "MISSION_OFFICER", "PANEL_EXPERT", "COMMITTEE_MEMBER", "ADMIN" })
    void shouldShowEveryRoleTheCatalogueWithItsCitations(DemoUser user) {
        as(user).get("/api/embargo/regimes").then().statusCode(200)
                .body("code", hasItem("CAR"))
                .body("find { it.code == 'CAR' }.establishedBy", equalTo("S/RES/2127 (2013), para. 54"))
                .body("find { it.code == 'CAR' }.versions[0].terms.kind", equalTo("TERRITORIAL"));
    }

    @Test
    void shouldAnswerTheVersionInForceOnTheDateAskedFor() {
        as(PANEL_EXPERT).queryParam("asOf", "2020-03-01").get("/api/embargo/regimes/CAR").then().statusCode(200)
                .body("inForce.setBy", equalTo("S/RES/2488 (2019)"))
                .body("inForce.terms.governmentForces.treatment", equalTo("NOTIFICATION"))
                .body("inForce.effectiveUntil", equalTo("2022-07-29"));
        as(PANEL_EXPERT).queryParam("asOf", "2025-01-15").get("/api/embargo/regimes/CAR").then().statusCode(200)
                .body("inForce.setBy", equalTo("S/RES/2745 (2024)"))
                .body("inForce.terms.kind", equalTo("TARGETED"));
        as(PANEL_EXPERT).queryParam("asOf", "2010-01-01").get("/api/embargo/regimes/CAR").then().statusCode(200)
                .body("inForce", nullValue());
    }

    @Test
    void shouldRefuseADateItCannotReadNamingTheParameter() {
        as(PANEL_EXPERT).queryParam("asOf", "1 May 2020").get("/api/embargo/regimes/CAR").then().statusCode(400)
                .contentType(PROBLEM_JSON).body("errors[0].field", equalTo("asOf"));
    }

    @Test
    void shouldLetAdminsAddAVersionWhileKeepingTheHistory() {
        String code = newCode();
        as(ADMIN).body(regime(code)).post("/api/embargo/regimes").then().statusCode(201);

        as(ADMIN).body(territorialVersion("2023-10-02")).post("/api/embargo/regimes/" + code + "/versions").then().statusCode(201)
                .body("effectiveFrom", equalTo("2023-10-02")).body("terms.kind", equalTo("TERRITORIAL"));

        as(COMMITTEE_MEMBER).queryParam("asOf", "2023-01-01").get("/api/embargo/regimes/" + code).then().statusCode(200)
                .body("versions", hasSize(2))
                .body("inForce.terms.kind", equalTo("TARGETED"))
                .body("inForce.effectiveUntil", equalTo("2023-10-02"));
        as(COMMITTEE_MEMBER).queryParam("asOf", "2024-01-01").get("/api/embargo/regimes/" + code).then()
                .body("inForce.terms.kind", equalTo("TERRITORIAL"))
                .body("inForce.terms.territory.countries", contains("HTI"));
    }

    @Test
    void shouldJudgeRecordsUnderAVersionAddedAfterTheRegimesWereLastRead() throws Throwable {
        String code = newCode();
        as(ADMIN).body(regime(code)).post("/api/embargo/regimes").then().statusCode(201);
        LocalDate day = LocalDate.parse("2024-01-01");
        RegimeBook before = VertxContextSupport.subscribeAndAwait(regimes::book);

        as(ADMIN).body(territorialVersion("2023-10-02")).post("/api/embargo/regimes/" + code + "/versions").then().statusCode(201);

        RegimeBook after = VertxContextSupport.subscribeAndAwait(regimes::book);
        assertThat(before.inForce(code, day).orElseThrow().effectiveFrom()).isBefore(LocalDate.parse("2023-10-02"));
        assertThat(after.inForce(code, day).orElseThrow().effectiveFrom()).isEqualTo(LocalDate.parse("2023-10-02"));
    }

    @Test
    void shouldKeepTheDayAVersionWasLastRenewedToAndRefuseOneBeforeItStarts() {
        String code = newCode();
        as(ADMIN).body(regime(code)).post("/api/embargo/regimes").then().statusCode(201);
        Map<String, Object> renewed = territorialVersion("2023-10-02");
        renewed.put("renewedUntil", "2023-10-01");
        as(ADMIN).body(renewed).post("/api/embargo/regimes/" + code + "/versions").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("renewedUntil"));
        as(ADMIN).get("/api/embargo/regimes/" + code).then().body("versions", hasSize(1));

        renewed.put("renewedUntil", "2024-10-01");
        as(ADMIN).body(renewed).post("/api/embargo/regimes/" + code + "/versions").then().statusCode(201)
                .body("renewedUntil", equalTo("2024-10-01"));
        as(COMMITTEE_MEMBER).queryParam("asOf", "2025-01-01").get("/api/embargo/regimes/" + code).then().statusCode(200)
                .body("inForce.renewedUntil", equalTo("2024-10-01"));
    }

    @Test
    void shouldShowTheLastRecordedRenewalOfTheCatalogue() {
        as(COMMITTEE_MEMBER).queryParam("asOf", "2026-09-01").get("/api/embargo/regimes/CAR").then().statusCode(200)
                .body("inForce.setBy", equalTo("S/RES/2789 (2025)")).body("inForce.renewedUntil", equalTo("2026-07-31"));
    }

    @Test
    void shouldNeverOverwriteAVersionOfTheSameDate() {
        String code = newCode();
        as(ADMIN).body(regime(code)).post("/api/embargo/regimes").then().statusCode(201);

        as(ADMIN).body(territorialVersion("2022-10-21")).post("/api/embargo/regimes/" + code + "/versions").then().statusCode(409)
                .contentType(PROBLEM_JSON).body("errors[0].field", equalTo("effectiveFrom"));

        as(ADMIN).get("/api/embargo/regimes/" + code).then().body("versions", hasSize(1))
                .body("versions[0].terms.kind", equalTo("TARGETED"));
    }

    @Test
    void shouldRefuseATerritorialVersionWithoutItsTerritoryNamingTheField() {
        Map<String, Object> version = territorialVersion("2024-01-01");
        ((Map<String, Object>) version.get("terms")).remove("territory");

        as(ADMIN).body(version).post("/api/embargo/regimes/CAR/versions").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("terms.territory"));
        as(ADMIN).get("/api/embargo/regimes/CAR").then().body("versions", hasSize(6));
    }

    @ParameterizedTest
    @EnumSource(value = DemoUser.class, names = { "MISSION_OFFICER", "PANEL_EXPERT", "COMMITTEE_MEMBER" })
    void shouldRefuseAddingVersionsToAnyoneButAdmins(DemoUser user) {
        as(user).body(territorialVersion("2031-01-01")).post("/api/embargo/regimes/CAR/versions").then().statusCode(403)
                .contentType(PROBLEM_JSON);
        as(ADMIN).get("/api/embargo/regimes/CAR").then().body("versions", hasSize(6));
    }

    @Test
    void shouldLetAdminsAddARegime() {
        String code = newCode();
        as(ADMIN).body(regime(code)).post("/api/embargo/regimes").then().statusCode(201)
                .body("code", equalTo(code)).body("fromCatalogue", equalTo(false));

        as(PANEL_EXPERT).get("/api/embargo/regimes/" + code).then().statusCode(200).body("name", equalTo("Haiti"));
    }

    @ParameterizedTest
    @EnumSource(value = DemoUser.class, names = { "MISSION_OFFICER", "PANEL_EXPERT", "COMMITTEE_MEMBER" })
    void shouldRefuseAddingRegimesToAnyoneButAdmins(DemoUser user) {
        String code = newCode();
        as(user).body(regime(code)).post("/api/embargo/regimes").then().statusCode(403).contentType(PROBLEM_JSON);
        as(ADMIN).get("/api/embargo/regimes/" + code).then().statusCode(404);
    }

    @Test
    void shouldRefuseASecondRegimeWithTheSameCode() {
        as(ADMIN).body(regime("CAR")).post("/api/embargo/regimes").then().statusCode(409).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("code"));
        as(ADMIN).get("/api/embargo/regimes/CAR").then().statusCode(200).body("name", equalTo("Central African Republic"))
                .body("versions", hasSize(6));
    }

    @Test
    void shouldRefuseARegimeWithoutItsSourceNamingTheField() {
        Map<String, Object> body = regime(newCode());
        body.remove("establishedBy");
        int before = count();
        as(ADMIN).body(body).post("/api/embargo/regimes").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", hasItem("establishedBy"));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void shouldLetAdminsCorrectAVersionKeepingTheWrongOneInTheHistory() {
        String code = newCode();
        String wrong = as(ADMIN).body(regime(code)).post("/api/embargo/regimes").then().statusCode(201)
                .extract().path("versions[0].id");

        as(ADMIN).body(erratum(territorialVersion("2022-10-21"))).post("/api/embargo/regimes/" + code + "/versions/" + wrong + "/errata")
                .then().statusCode(201)
                .body("correctedVersionId", equalTo(wrong))
                .body("reason", equalTo("The text covers the whole territory."))
                .body("createdBy", equalTo("platform.admin"));

        as(COMMITTEE_MEMBER).queryParam("asOf", "2023-01-01").get("/api/embargo/regimes/" + code).then().statusCode(200)
                .body("versions", hasSize(1))
                .body("inForce.terms.kind", equalTo("TERRITORIAL"))
                .body("corrections", hasSize(1))
                .body("corrections[0].corrected.id", equalTo(wrong))
                .body("corrections[0].corrected.terms.kind", equalTo("TARGETED"))
                .body("corrections[0].erratum.source", equalTo("https://press.un.org/en/2024/sc15855.doc.htm"));
        as(MISSION_OFFICER).get("/api/embargo/regimes/" + code + "/errata").then().statusCode(200)
                .body("correctedVersionId", contains(wrong));
    }

    @Test
    void shouldRefuseToCorrectAVersionTwiceAndKeepTheFirstCorrection() {
        String code = newCode();
        String wrong = as(ADMIN).body(regime(code)).post("/api/embargo/regimes").then().statusCode(201)
                .extract().path("versions[0].id");
        as(ADMIN).body(erratum(territorialVersion("2022-10-21"))).post("/api/embargo/regimes/" + code + "/versions/" + wrong + "/errata")
                .then().statusCode(201);

        as(ADMIN).body(erratum(null)).post("/api/embargo/regimes/" + code + "/versions/" + wrong + "/errata").then().statusCode(409)
                .contentType(PROBLEM_JSON).body("errors[0].field", equalTo("versionId"));
        as(ADMIN).get("/api/embargo/regimes/" + code).then().body("versions", hasSize(1))
                .body("versions[0].terms.kind", equalTo("TERRITORIAL"));
    }

    @Test
    void shouldWithdrawAVersionThatShouldNeverHaveExisted() {
        String code = newCode();
        as(ADMIN).body(regime(code)).post("/api/embargo/regimes").then().statusCode(201);
        String wrong = as(ADMIN).body(territorialVersion("2023-10-02")).post("/api/embargo/regimes/" + code + "/versions").then()
                .statusCode(201).extract().path("id");

        as(ADMIN).body(erratum(null)).post("/api/embargo/regimes/" + code + "/versions/" + wrong + "/errata").then().statusCode(201)
                .body("replacementVersionId", nullValue());

        as(PANEL_EXPERT).queryParam("asOf", "2024-01-01").get("/api/embargo/regimes/" + code).then()
                .body("versions", hasSize(1)).body("inForce.terms.kind", equalTo("TARGETED"))
                .body("corrections[0].corrected.id", equalTo(wrong));
    }

    @Test
    void shouldRefuseAnErratumWithoutItsReasonNamingTheField() {
        String code = newCode();
        String version = as(ADMIN).body(regime(code)).post("/api/embargo/regimes").then().statusCode(201)
                .extract().path("versions[0].id");
        Map<String, Object> body = erratum(null);
        body.remove("reason");

        as(ADMIN).body(body).post("/api/embargo/regimes/" + code + "/versions/" + version + "/errata").then().statusCode(400)
                .contentType(PROBLEM_JSON).body("errors.field", hasItem("reason"));
        as(ADMIN).get("/api/embargo/regimes/" + code).then().body("versions", hasSize(1)).body("corrections", hasSize(0));
    }

    @Test
    void shouldAnswerNotFoundForAVersionOfAnotherRegime() {
        String carVersion = as(ADMIN).get("/api/embargo/regimes/CAR").then().extract().path("versions[0].id");

        as(ADMIN).body(erratum(null)).post("/api/embargo/regimes/HAITI/versions/" + carVersion + "/errata").then().statusCode(404)
                .contentType(PROBLEM_JSON);
        as(ADMIN).get("/api/embargo/regimes/CAR").then().body("versions[0].id", equalTo(carVersion));
    }

    @ParameterizedTest
    @EnumSource(value = DemoUser.class, names = { "MISSION_OFFICER", "PANEL_EXPERT", "COMMITTEE_MEMBER" })
    void shouldRefuseErrataToAnyoneButAdmins(DemoUser user) {
        String carVersion = as(ADMIN).get("/api/embargo/regimes/CAR").then().extract().path("versions[0].id");

        as(user).body(erratum(null)).post("/api/embargo/regimes/CAR/versions/" + carVersion + "/errata").then().statusCode(403)
                .contentType(PROBLEM_JSON);
        as(ADMIN).get("/api/embargo/regimes/CAR").then().body("versions[0].id", equalTo(carVersion));
    }

    @Test
    void shouldRefuseCallersWithoutToken() {
        given().get("/api/embargo/regimes").then().statusCode(401).contentType(PROBLEM_JSON);
        given().auth().oauth2(Tokens.forgedToken(COMMITTEE_MEMBER)).get("/api/embargo/regimes").then().statusCode(401);
    }

    private static int count() {
        List<?> all = as(MISSION_OFFICER).get("/api/embargo/regimes").then().statusCode(200).extract().as(List.class);
        return all.size();
    }

    private static RequestSpecification as(DemoUser user) {
        return given().auth().oauth2(Tokens.accessToken(user)).contentType(ContentType.JSON).log().ifValidationFails();
    }

    private static String newCode() {
        return "TEST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static Map<String, Object> regime(String code) {
        return new HashMap<>(Map.of(
                "code", code,
                "name", "Haiti",
                "committee", "Security Council Committee established pursuant to resolution 2653 (2022)",
                "establishedBy", "S/RES/2653 (2022)",
                "establishedOn", "2022-10-21",
                "summary", "Targeted arms embargo on designated individuals and entities.",
                "source", "https://main.un.org/securitycouncil/en/sanctions/2653",
                "listTypes", List.of("Haiti"),
                "versions", List.of(version("2022-10-21", Map.of(
                        "kind", "TARGETED",
                        "targets", Map.of("designatedParties", true, "citation", "S/RES/2653 (2022), para. 11"),
                        "materiel", Map.of("description", "Arms", "citation", "S/RES/2653 (2022), para. 11"),
                        "governmentForces", Map.of("treatment", "EXEMPT", "citation", "S/RES/2653 (2022), para. 11"))))));
    }

    private static Map<String, Object> erratum(Map<String, Object> correction) {
        Map<String, Object> erratum = new HashMap<>(Map.of("reason", "The text covers the whole territory.",
                "source", "https://press.un.org/en/2024/sc15855.doc.htm"));
        if (correction != null) {
            erratum.put("correction", correction);
        }
        return erratum;
    }

    private static Map<String, Object> territorialVersion(String from) {
        return version(from, new HashMap<>(Map.of(
                "kind", "TERRITORIAL",
                "territory", Map.of("countries", List.of("HTI"), "citation", "S/RES/2700 (2023)"),
                "targets", Map.of("designatedParties", true, "citation", "S/RES/2700 (2023)"),
                "materiel", Map.of("description", "Small arms, light weapons and ammunition", "citation", "S/RES/2700 (2023)"),
                "governmentForces", Map.of("treatment", "EXEMPT", "citation", "S/RES/2700 (2023)"))));
    }

    private static Map<String, Object> version(String from, Map<String, Object> terms) {
        return new HashMap<>(Map.of("effectiveFrom", from, "setBy", "S/RES/2700 (2023)",
                "source", "https://press.un.org/en/2023/sc15455.doc.htm", "summary", "A version.", "terms", terms));
    }
}
