package org.embargomonitor.embargo.benchmarks;

import static io.restassured.RestAssured.given;
import static org.embargomonitor.testing.DemoUser.ADMIN;
import static org.embargomonitor.testing.DemoUser.COMMITTEE_MEMBER;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.embargomonitor.testing.DemoUser;
import org.embargomonitor.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class BenchmarkResourceTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @ParameterizedTest
    @EnumSource(value = DemoUser.class, names = { "MISSION_OFFICER", "PANEL_EXPERT", "COMMITTEE_MEMBER", "ADMIN" })
    void shouldShowEveryRoleTheCentralAfricanBenchmarksWithTheirSource(DemoUser user) {
        as(user).get("/api/embargo/regimes/CAR/benchmarks").then().statusCode(200)
                .body("code", hasItem("CAR-3"))
                .body("find { it.code == 'CAR-3' }.setBy", equalTo("S/PRST/2019/3"))
                .body("find { it.code == 'CAR-3' }.title", equalTo("Arms registration and management protocol"));
    }

    @Test
    void shouldGiveTheCurrentStateFromTheLatestAssessmentAndKeepTheHistoryInDateOrder() {
        String id = newBenchmark();

        assess(id, "2023-04-15", "NOT_ACHIEVED", "S/2023/300").then().statusCode(201).body("currentStatus", equalTo("NOT_ACHIEVED"));
        assess(id, "2024-04-15", "PARTIALLY_ACHIEVED", "S/2024/309").then().statusCode(201);
        assess(id, "2022-10-01", "NOT_ACHIEVED", "S/2022/000").then().statusCode(201)
                .body("currentStatus", equalTo("PARTIALLY_ACHIEVED"))
                .body("lastAssessedOn", equalTo("2024-04-15"))
                .body("history.assessedOn", contains("2022-10-01", "2023-04-15", "2024-04-15"))
                .body("history.sourceDocument", contains("S/2022/000", "S/2023/300", "S/2024/309"));
    }

    @Test
    void shouldStartWithoutAStatusUntilAssessed() {
        String id = newBenchmark();

        as(COMMITTEE_MEMBER).get("/api/embargo/benchmarks").then().statusCode(200)
                .body("find { it.id == '" + id + "' }.currentStatus", nullValue())
                .body("find { it.id == '" + id + "' }.history", hasSize(0));
    }

    @Test
    void shouldRefuseAssessmentsToAnyoneButAdminsAndStoreNothing() {
        String id = newBenchmark();
        Map<String, Object> body = assessment("2024-04-15", "ACHIEVED", "S/2024/309");

        as(COMMITTEE_MEMBER).body(body).post("/api/embargo/benchmarks/" + id + "/assessments").then().statusCode(403)
                .contentType(PROBLEM_JSON);
        as(ADMIN).get("/api/embargo/regimes/SOUTH-SUDAN/benchmarks").then()
                .body("find { it.id == '" + id + "' }.history", hasSize(0));
    }

    @Test
    void shouldRefuseAnUnknownStatusOrAnAssessmentBeforeTheBenchmarkWasSetNamingTheField() {
        String id = newBenchmark();

        assess(id, "2024-04-15", "MOSTLY_DONE", "S/2024/309").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("status"));
        assess(id, "2020-01-01", "ACHIEVED", "S/2020/1").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("assessedOn"));
    }

    @Test
    void shouldAnswer404ForAnUnknownRegime() {
        as(ADMIN).get("/api/embargo/regimes/ATLANTIS/benchmarks").then().statusCode(404).contentType(PROBLEM_JSON);
    }

    private static String newBenchmark() {
        String code = "SSD-T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        return as(ADMIN).body(Map.of("code", code, "title", "Stockpile management (test)", "text", "A test benchmark.",
                "setBy", "S/RES/2577 (2021), para. 2 (d)", "setOn", "2021-05-28", "source", "https://www.un.org/press/en/2021/sc14536.doc.htm"))
                .post("/api/embargo/regimes/SOUTH-SUDAN/benchmarks").then().statusCode(201).extract().path("id");
    }

    private static Response assess(String id, String on, String status, String document) {
        return as(ADMIN).body(assessment(on, status, document)).post("/api/embargo/benchmarks/" + id + "/assessments");
    }

    private static Map<String, Object> assessment(String on, String status, String document) {
        return new HashMap<>(Map.of("assessedOn", on, "status", status, "narrative", "As assessed in " + document + ".",
                "sourceDocument", document));
    }

    private static RequestSpecification as(DemoUser user) {
        return given().auth().oauth2(Tokens.accessToken(user)).contentType("application/json").log().ifValidationFails();
    }
}
