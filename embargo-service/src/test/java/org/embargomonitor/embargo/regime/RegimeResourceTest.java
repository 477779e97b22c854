package org.embargomonitor.embargo.regime;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.embargomonitor.testing.DemoUser.ADMIN;
import static org.embargomonitor.testing.DemoUser.COMMITTEE_MEMBER;
import static org.embargomonitor.testing.DemoUser.MISSION_OFFICER;
import static org.embargomonitor.testing.DemoUser.PANEL_EXPERT;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.embargomonitor.testing.DemoUser;
import org.embargomonitor.testing.Tokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class RegimeResourceTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @ParameterizedTest
    @EnumSource(value = DemoUser.class, names = { "MISSION_OFFICER", "PANEL_EXPERT", "COMMITTEE_MEMBER", "ADMIN" })
    void shouldShowEveryRoleTheCatalogueWithItsCitations(DemoUser user) {
        as(user).get("/api/embargo/regimes").then().statusCode(200)
                .body("code", hasItem("CAR"))
                .body("find { it.code == 'CAR' }.establishedBy", equalTo("S/RES/2127 (2013), para. 54"))
                .body("find { it.code == 'CAR' }.kind", equalTo("TERRITORIAL"));
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
        as(ADMIN).get("/api/embargo/regimes/CAR").then().statusCode(200).body("name", equalTo("Central African Republic"));
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
                "kind", "TARGETED",
                "establishedBy", "S/RES/2653 (2022)",
                "establishedOn", "2022-10-21",
                "summary", "Targeted arms embargo on designated individuals and entities.",
                "source", "https://main.un.org/securitycouncil/en/sanctions/2653"));
    }
}
