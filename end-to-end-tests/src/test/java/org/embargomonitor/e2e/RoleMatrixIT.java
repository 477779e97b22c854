package org.embargomonitor.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.embargomonitor.testing.DemoUser;
import org.embargomonitor.testing.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.specification.RequestSpecification;

/** docs/role-matrix.md, cell by cell, through the gateway, with real tokens of the demo users. */
@ExtendWith(PackagedPlatform.class)
class RoleMatrixIT {

    private static final Path MATRIX = Path.of(System.getProperty("embargo.root", "..")).resolve("docs/role-matrix.md");
    private static String seizureId;
    private static String confirmedFindingId;
    private static String benchmarkId;
    private static String indexedItemId;
    private static String supplyChainId;

    @BeforeAll
    static void recordWhatEveryReaderMayOpen() {
        seizureId = given().auth().oauth2(Tokens.accessToken(DemoUser.MISSION_OFFICER))
                .contentType("application/json").body(Samples.seizure())
                .post(PackagedPlatform.gateway() + "/api/seizures")
                .then().statusCode(201).extract().path("id");
        confirmedFindingId = newFinding();
        given().auth().oauth2(Tokens.accessToken(DemoUser.ADMIN)).contentType("application/json")
                .body(Samples.bodyFor("/decision")).post(PackagedPlatform.gateway() + "/api/embargo/findings/" + confirmedFindingId + "/decision")
                .then().statusCode(200);
        benchmarkId = given().auth().oauth2(Tokens.accessToken(DemoUser.ADMIN)).get(PackagedPlatform.gateway() + "/api/embargo/regimes/CAR/benchmarks")
                .then().statusCode(200).extract().path("[0].id");
        indexedItemId = newItem();
        awaitIndexed(indexedItemId);
        supplyChainId = newSupplyChain();
    }

    /** Waits until search-service has indexed the test seizure with this item. */
    private static void awaitIndexed(String itemId) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .alias("seizure " + seizureId + " searchable")
                .until(() -> given().auth().oauth2(Tokens.accessToken(DemoUser.ADMIN)).get(PackagedPlatform.gateway()
                        + "/api/search/records/" + seizureId + "/items/" + itemId + "/linked").statusCode() == 200);
    }

    @TestFactory
    Stream<DynamicTest> shouldGiveEachRoleExactlyWhatTheMatrixSays() throws Exception {
        List<RoleMatrix.Row> rows = RoleMatrix.read(MATRIX);
        assertThat(rows).isNotEmpty();
        return rows.stream().flatMap(row -> RoleMatrix.ROLES.stream().map(role -> DynamicTest.dynamicTest(
                row + " as " + role + (row.allowed().get(role) ? " is allowed" : " is refused"), () -> {
                    int status = call(row, given().auth().oauth2(Tokens.accessToken(DemoUser.withRole(role))));
                    if (row.allowed().get(role)) {
                        assertThat(status).as(row + " as " + role).isBetween(200, 299);
                    } else {
                        assertThat(status).as(row + " as " + role).isEqualTo(403);
                    }
                })));
    }

    @TestFactory
    Stream<DynamicTest> shouldRefuseEveryEndpointWithoutAToken() throws Exception {
        return RoleMatrix.read(MATRIX).stream().map(row -> DynamicTest.dynamicTest(row + " without a token is 401",
                () -> assertThat(call(row, given())).isEqualTo(401)));
    }

    @SuppressWarnings("unchecked")
    private static int call(RoleMatrix.Row row, RequestSpecification request) {
        String path = row.path().replace("{seizureId}", seizureId).replace("{regimeCode}", "CAR")
                .replace("{confirmedFindingId}", confirmedFindingId).replace("{benchmarkId}", benchmarkId)
                .replace("{indexedItemId}", indexedItemId).replace("{supplyChainId}", supplyChainId);
        if (path.contains("{itemId}")) {
            path = path.replace("{itemId}", newItem());
        }
        if (path.contains("{findingId}")) {
            path = path.replace("{findingId}", newFinding());
        }
        if (path.contains("{testVersionId}")) {
            Map<String, Object> regime = given().auth().oauth2(Tokens.accessToken(DemoUser.ADMIN)).contentType("application/json")
                    .body(Samples.regime()).post(PackagedPlatform.gateway() + "/api/embargo/regimes").then().statusCode(201).extract().as(Map.class);
            path = path.replace("{testRegimeCode}", (String) regime.get("code"))
                    .replace("{testVersionId}", (String) ((List<Map<String, Object>>) regime.get("versions")).get(0).get("id"));
        }
        request.redirects().follow(false).log().ifValidationFails();
        if (row.path().endsWith("/designated-parties/imports") && row.method().equals("POST")) {
            request.contentType("application/xml").body(Samples.consolidatedList());
        } else if (row.path().endsWith("/imports") && row.method().equals("POST")) {
            request.contentType("text/csv").body("reference,reporting_unit,occurred_at,country_code,circumstance\n");
        } else if (row.path().equals("/api/search/batches") && row.method().equals("POST")) {
            request.contentType("text/plain").body("KT104523\nAl Shabab\n");
        } else if (row.path().endsWith("/evidence/uploads") && row.method().equals("POST")) {
            request.header("Tus-Resumable", "1.0.0").header("Upload-Length", 1000);
        } else if (row.path().endsWith("/evidence") && row.method().equals("POST")) {
            request.contentType("application/octet-stream").body(("Patrol report " + UUID.randomUUID()).getBytes());
        } else if (row.path().equals("/api/seizures/annexes")) {
            request.contentType("application/json").body(Samples.annex(seizureId));
        } else if (row.path().contains("/tracing-letters") && row.method().equals("POST")) {
            request.contentType("application/json").body(Samples.tracingLetter(newItem()));
        } else if (row.method().equals("POST")) {
            request.contentType("application/json").body(Samples.bodyFor(row.path()));
        }
        return request.request(row.method(), PackagedPlatform.gateway() + path).statusCode();
    }

    /** An open finding of a fresh seizure from an armed group in the Central African Republic. */
    private static String newFinding() {
        String id = given().auth().oauth2(Tokens.accessToken(DemoUser.ADMIN)).contentType("application/json")
                .body(Samples.seizureFromArmedGroup()).post(PackagedPlatform.gateway() + "/api/seizures")
                .then().statusCode(201).extract().path("id");
        List<String> findings = await("a finding of seizure " + id).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> given().auth().oauth2(Tokens.accessToken(DemoUser.ADMIN)).queryParam("seizureId", id)
                        .get(PackagedPlatform.gateway() + "/api/embargo/findings").then().statusCode(200).extract().<List<String>> path("id"),
                        found -> !found.isEmpty());
        return findings.get(0);
    }

    /** The supply chain of two fresh seizures of one lot of ammunition in the Central African Republic. */
    private static String newSupplyChain() {
        String lot = "\"E2E-LOT-" + UUID.randomUUID().toString().substring(0, 8) + "\"";
        String items = "[{\"category\": \"AMMUNITION\", \"lotNumber\": " + lot + ", \"quantity\": 100, \"markingState\": \"INTACT\"}]";
        String id = null;
        for (int seizure = 0; seizure < 2; seizure++) {
            id = given().auth().oauth2(Tokens.accessToken(DemoUser.ADMIN)).contentType("application/json")
                    .body(Samples.seizureFromArmedGroup(items))
                    .post(PackagedPlatform.gateway() + "/api/seizures").then().statusCode(201).extract().path("id");
        }
        String second = id;
        return await("the supply chain of seizure " + second).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> given().auth().oauth2(Tokens.accessToken(DemoUser.ADMIN)).queryParam("seizureId", second)
                        .get(PackagedPlatform.gateway() + "/api/embargo/supply-chains")
                        .then().statusCode(200).extract().<List<String>> path("id"), found -> !found.isEmpty()).get(0);
    }

    /** A fresh item of the test seizure, so that each status change starts from RECORDED. */
    private static String newItem() {
        return given().auth().oauth2(Tokens.accessToken(DemoUser.ADMIN)).contentType("application/json")
                .body(Samples.items()).post(PackagedPlatform.gateway() + "/api/seizures/" + seizureId + "/items")
                .then().statusCode(200).extract().path("items[-1].id");
    }

    /** Request bodies the POST rows send: each valid, each unique. */
    static final class Samples {

        static String bodyFor(String path) {
            if (path.endsWith("/saved-searches")) {
                return "{\"name\": \"Rifles " + UUID.randomUUID() + "\", \"q\": \"rifles\", \"countries\": [\"CAF\"]}";
            }
            if (path.endsWith("/status")) {
                return "{\"status\": \"STORED\", \"reason\": \"Moved to the armoury (end-to-end test)\"}";
            }
            if (path.startsWith("/api/seizures/reference/")) {
                return "{\"name\": \"E2E Works " + UUID.randomUUID() + "\", \"source\": \"end-to-end test\", \"verified\": false}";
            }
            if (path.endsWith("/tracing-requests")) {
                return "{\"stateCode\": \"BGR\", \"sentOn\": \"2026-04-01\"}";
            }
            if (path.endsWith("/items")) {
                return items();
            }
            if (path.endsWith("/versions")) {
                return version("20" + (40 + (int) (Math.random() * 50)) + "-0" + (1 + (int) (Math.random() * 9)) + "-1" + (int) (Math.random() * 9));
            }
            if (path.endsWith("/benchmarks")) {
                return """
                        {"code": "E2E-%s", "title": "Test benchmark", "text": "For the end-to-end test.", "setBy": "S/PRST/2019/3",
                         "setOn": "2019-04-09", "source": "https://example.org"}
                        """.formatted(UUID.randomUUID().toString().substring(0, 8).toUpperCase());
            }
            if (path.endsWith("/errata")) {
                return "{\"reason\": \"Withdrawn in the end-to-end test.\", \"source\": \"https://example.org\"}";
            }
            if (path.endsWith("/decision")) {
                return "{\"decision\": \"CONFIRM\", \"reason\": \"Confirmed in the end-to-end test.\"}";
            }
            if (path.endsWith("/assessments")) {
                return "{\"assessedOn\": \"2024-04-15\", \"status\": \"PARTIALLY_ACHIEVED\", \"narrative\": \"Test.\", \"sourceDocument\": \"S/2024/391\"}";
            }
            return path.startsWith("/api/seizures") ? seizure() : regime();
        }

        static String annex(String seizureId) {
            return "{\"title\": \"Annex 3: Rifles surrendered in Bangui\", \"language\": \"EN\", \"format\": \"PDF\", \"seizureIds\": [\""
                    + seizureId + "\"]}";
        }

        static String tracingLetter(String itemId) {
            return """
                    {"stateCode": "BGR", "itemIds": ["%s"], "language": "EN", "format": "PDF",
                     "letterhead": {"panel": "Panel of Experts on the Central African Republic", "addressee": "Permanent Mission of Bulgaria"}}
                    """.formatted(itemId);
        }

        static String version(String from) {
            return """
                    {"effectiveFrom": "%s", "setBy": "S/RES/0000 (2026)", "source": "https://example.org", "summary": "For the end-to-end test.",
                     "terms": {"kind": "TARGETED", "targets": {"designatedParties": true, "citation": "S/RES/0000 (2026)"},
                     "materiel": {"description": "Arms", "citation": "S/RES/0000 (2026)"},
                     "governmentForces": {"treatment": "EXEMPT", "citation": "S/RES/0000 (2026)"}}}
                    """.formatted(from);
        }

        static String items() {
            return "[{\"category\": \"ASSAULT_RIFLE\", \"serialNumber\": \"E2E-" + UUID.randomUUID().toString().substring(0, 6)
                    + "\", \"quantity\": 1, \"markingState\": \"INTACT\"}]";
        }

        static String seizureFromArmedGroup() {
            return seizureFromArmedGroup(items());
        }

        static String seizureFromArmedGroup(String items) {
            return seizure().replace("\"circumstance\": \"SURRENDERED\",", "\"circumstance\": \"SEIZED\", "
                    + "\"possessor\": {\"kind\": \"ARMED_GROUP\", \"description\": \"3R fighters\"}, \"items\": " + items + ",");
        }

        /** A one-entry Consolidated List, newer than any real snapshot. */
        static String consolidatedList() {
            return """
                    <CONSOLIDATED_LIST dateGenerated="2099-01-01T00:00:00Z"><INDIVIDUALS/><ENTITIES><ENTITY>
                    <FIRST_NAME>E2E TEST ENTITY</FIRST_NAME><UN_LIST_TYPE>CAR</UN_LIST_TYPE>
                    <REFERENCE_NUMBER>CFe.999</REFERENCE_NUMBER><LISTED_ON>2026-01-01</LISTED_ON></ENTITY></ENTITIES></CONSOLIDATED_LIST>
                    """;
        }

        static String seizure() {
            return """
                    {"reference": "E2E-%s", "operation": "MINUSCA", "reportingUnit": "JTF Bangui",
                     "occurredAt": "2026-02-10T08:00:00Z", "countryCode": "CAF", "placeName": "Bangui",
                     "latitude": 4.3947, "longitude": 18.5582, "circumstance": "SURRENDERED",
                     "narrative": "Rifles handed in during a community violence reduction programme."}
                    """.formatted(UUID.randomUUID());
        }

        static String regime() {
            return """
                    {"code": "E2E-%s", "name": "Test regime", "committee": "Test committee",
                     "establishedBy": "S/RES/0000 (2026)", "establishedOn": "2026-01-01", "summary": "For the end-to-end test.",
                     "source": "https://example.org", "versions": [%s]}
                    """.formatted(UUID.randomUUID().toString().substring(0, 8).toUpperCase(), version("2026-01-01"));
        }
    }
}
