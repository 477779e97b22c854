package org.embargomonitor.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.embargomonitor.testing.DemoUser;
import org.embargomonitor.testing.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * A seizure of the Democratic Republic of the Congo (MONUSCO) shares a lot with one of the Central African Republic
 * (MINUSCA). Through every path that reads, the CAR panel's expert and MINUSCA's officer see the CAR record and
 * nothing of the DRC one: not the record, its items, evidence, custody, tracing or check, not a search hit, facet,
 * count or exported row, not a linked item, batch line or alert, not its findings, and not its reference, item or
 * date through what the CAR record's finding says about the shared lot.
 */
@ExtendWith(PackagedPlatform.class)
class ScopeByEveryPathIT {

    private static final Duration WITHIN = Duration.ofSeconds(60);
    private static final String WORD = "scopeword" + UUID.randomUUID().toString().substring(0, 8);
    private static final String LOT = "LOT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    private static final String DRC_SERIAL = "DRC" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private static final String DRC_DOCUMENT_WORD = "drcdoc" + UUID.randomUUID().toString().substring(0, 8);
    private static final String SAVED_SEARCH = "Scope " + WORD;

    private static String drc;
    private static String drcReference;
    private static String drcItem;
    private static String drcEvidence;
    private static String car;
    private static String carReference;
    private static String carItem;
    private static String carFinding;
    private static String savedSearch;

    /** What a reader outside the DRC's scope is. */
    enum Outsider {
        CAR_PANEL(DemoUser.PANEL_EXPERT), MINUSCA_STAFF(DemoUser.MISSION_OFFICER);

        final DemoUser user;

        Outsider(DemoUser user) {
            this.user = user;
        }
    }

    @BeforeAll
    static void recordTwoSeizuresOfOneLotInTwoScopes() {
        savedSearch = as(DemoUser.PANEL_EXPERT).contentType("application/json").body(Map.of("name", SAVED_SEARCH, "q", WORD))
                .post(url("/api/search/saved-searches")).then().statusCode(201).extract().path("id");
        drcReference = "SCOPE-DRC-" + UUID.randomUUID();
        drc = record(DemoUser.MONUSCO_OFFICER, drcReference, "MONUSCO", "COD", "Bunia", 1.5594, 30.2522, DRC_SERIAL);
        drcItem = as(DemoUser.ADMIN).get(url("/api/seizures/" + drc)).then().statusCode(200).extract().path("items[0].id");
        drcEvidence = as(DemoUser.MONUSCO_OFFICER).contentType("application/octet-stream").queryParam("fileName", "report.txt")
                .body(("Patrol report " + DRC_DOCUMENT_WORD + " " + WORD).getBytes()).post(url("/api/seizures/" + drc + "/evidence"))
                .then().statusCode(201).extract().path("id");
        as(DemoUser.ADMIN).contentType("application/json").body(Map.of("stateCode", "BGR", "sentOn", "2026-04-01"))
                .post(url("/api/seizures/" + drc + "/items/" + drcItem + "/tracing-requests")).then().statusCode(201);
        awaitFindings(drc, 1);

        carReference = "SCOPE-CAR-" + UUID.randomUUID();
        car = record(DemoUser.MISSION_OFFICER, carReference, "MINUSCA", "CAF", "Bria", 6.5423, 21.9862, "CAR" + DRC_SERIAL.substring(3));
        carItem = as(DemoUser.ADMIN).get(url("/api/seizures/" + car)).then().statusCode(200).extract().path("items[0].id");
        carFinding = awaitFindings(car, 2).stream().filter(f -> f.get("rule").equals("COMMON_SUPPLY_CHAIN")).findFirst()
                .map(f -> (String) f.get("id")).orElseThrow(() -> new AssertionError("no common supply chain finding on " + car));
        await("both records searchable with the document").atMost(WITHIN).pollInterval(Duration.ofMillis(500))
                .until(() -> as(DemoUser.ADMIN).queryParam("q", WORD).get(url("/api/search")).then().statusCode(200)
                        .extract().<List<String>> path("hits.reference").containsAll(List.of(drcReference, carReference))
                        && as(DemoUser.ADMIN).queryParam("q", DRC_DOCUMENT_WORD).get(url("/api/search")).then().extract()
                                .<Integer> path("total") == 1);
    }

    @ParameterizedTest
    @EnumSource(Outsider.class)
    void shouldNotOpenTheRecordItsItemsEvidenceCustodyTracingOrCheck(Outsider outsider) {
        for (String path : List.of("/api/seizures/" + drc, "/api/seizures/" + drc + "/evidence",
                "/api/seizures/" + drc + "/evidence/" + drcEvidence + "/content", "/api/seizures/" + drc + "/custody",
                "/api/seizures/" + drc + "/custody/verification", "/api/seizures/" + drc + "/tracing-requests",
                "/api/embargo/checks/" + drc)) {
            as(outsider.user).get(url(path)).then().statusCode(404);
        }
        as(outsider.user).get(url("/api/seizures/" + car)).then().statusCode(200);
    }

    @ParameterizedTest
    @EnumSource(Outsider.class)
    void shouldNotListTheRecord(Outsider outsider) {
        List<String> references = as(outsider.user).queryParam("size", 500).get(url("/api/seizures")).then().statusCode(200)
                .extract().path("reference");
        assertThat(references).doesNotContain(drcReference);
    }

    @ParameterizedTest
    @EnumSource(Outsider.class)
    void shouldNotFindTheRecordOrCountItOrFacetIt(Outsider outsider) {
        JsonPath words = as(outsider.user).queryParam("q", WORD).get(url("/api/search")).then().statusCode(200).extract().jsonPath();
        assertThat(words.getList("hits.reference", String.class)).containsExactly(carReference);
        assertThat(words.getLong("total")).isEqualTo(1);
        assertThat(words.getList("facets.country.value", String.class)).containsExactly("CAF");
        assertThat(words.getList("facets.operation.value", String.class)).containsExactly("MINUSCA");

        for (Map.Entry<String, String> query : Map.of("q", drcReference, "mark", DRC_SERIAL).entrySet()) {
            JsonPath found = as(outsider.user).queryParam(query.getKey(), query.getValue()).get(url("/api/search")).then().statusCode(200)
                    .extract().jsonPath();
            assertThat(found.getList("hits.id", String.class)).as(query.toString()).doesNotContain(drc);
        }
        as(outsider.user).queryParam("q", DRC_DOCUMENT_WORD).get(url("/api/search")).then().statusCode(200).body("total", equalTo(0));
        assertThat(as(outsider.user).queryParam("mark", LOT).get(url("/api/search")).then().statusCode(200).extract()
                .<List<String>> path("hits.reference")).containsExactly(carReference);
    }

    @ParameterizedTest
    @EnumSource(Outsider.class)
    void shouldNotExportTheRecord(Outsider outsider) {
        String csv = as(outsider.user).queryParam("q", WORD).queryParam("format", "csv").get(url("/api/search/export"))
                .then().statusCode(200).extract().asString();
        assertThat(csv).contains(carReference).doesNotContain(drcReference).doesNotContain(DRC_SERIAL);
    }

    @ParameterizedTest
    @EnumSource(Outsider.class)
    void shouldNotNameTheRecordAmongLinkedItems(Outsider outsider) {
        String linked = as(outsider.user).get(url("/api/search/records/" + car + "/items/" + carItem + "/linked"))
                .then().statusCode(200).extract().asString();
        assertThat(linked).contains(carReference).doesNotContain(drcReference).doesNotContain(drc).doesNotContain(drcItem)
                .doesNotContain(DRC_SERIAL);
        as(outsider.user).get(url("/api/search/records/" + drc + "/items/" + drcItem + "/linked")).then().statusCode(404);
    }

    @Test
    void shouldNotFindTheRecordInABatchSearch() {
        String location = as(DemoUser.PANEL_EXPERT).contentType("text/plain").queryParam("kind", "mark").body(LOT + "\n" + DRC_SERIAL + "\n")
                .post(url("/api/search/batches")).then().statusCode(202).extract().header("Location");
        JsonPath done = await("the batch search").atMost(WITHIN).pollInterval(Duration.ofMillis(300))
                .until(() -> as(DemoUser.PANEL_EXPERT).get(url(location)).then().statusCode(200).extract().jsonPath(),
                        job -> job.getString("state").equals("DONE"));
        assertThat(done.getLong("lines[0].hits")).as("the lot, in the CAR record only").isEqualTo(1);
        assertThat(done.prettify()).doesNotContain(drcReference).doesNotContain(drc);
        assertThat(as(DemoUser.PANEL_EXPERT).get(url(location + "/results")).then().statusCode(200).extract().asString())
                .contains(carReference).doesNotContain(drcReference);
    }

    @Test
    void shouldNotAlertAboutTheRecord() {
        List<String> alerted = await("the saved search's alert").atMost(WITHIN).pollInterval(Duration.ofMillis(500))
                .until(() -> as(DemoUser.PANEL_EXPERT).queryParam("savedSearch", savedSearch).get(url("/api/search/alerts"))
                        .then().statusCode(200).extract().<List<String>> path("reference"), found -> found.contains(carReference));
        assertThat(alerted).doesNotContain(drcReference);
    }

    @Test
    void shouldNotShowTheRecordsFindingsNorNameItThroughTheSharedLot() {
        String drcFinding = as(DemoUser.ADMIN).queryParam("seizureId", drc).get(url("/api/embargo/findings")).then().statusCode(200)
                .extract().path("[0].id");
        as(DemoUser.PANEL_EXPERT).get(url("/api/embargo/findings/" + drcFinding)).then().statusCode(404);
        assertThat(as(DemoUser.PANEL_EXPERT).queryParam("seizureId", drc).get(url("/api/embargo/findings")).then().statusCode(200)
                .extract().<List<?>> path("$")).isEmpty();
        assertThat(as(DemoUser.PANEL_EXPERT).queryParam("size", 500).get(url("/api/embargo/findings")).then().statusCode(200).extract()
                .<List<String>> path("seizureId")).contains(car).doesNotContain(drc);

        String finding = as(DemoUser.PANEL_EXPERT).get(url("/api/embargo/findings/" + carFinding)).then().statusCode(200)
                .extract().asString();
        assertThat(finding).contains(LOT).contains("COD").doesNotContain(drcReference).doesNotContain(drcItem).doesNotContain(drc);
        assertThat(as(DemoUser.ADMIN).get(url("/api/embargo/findings/" + carFinding)).then().statusCode(200).extract().asString())
                .as("an admin sees what the panel's expert may not").contains(drcReference);
        assertThat(as(DemoUser.COMMITTEE_MEMBER).get(url("/api/embargo/findings/" + drcFinding)).statusCode())
                .as("an unconfirmed finding, to a committee member").isIn(403, 404);
    }

    @Test
    void shouldComputeIndicatorsOnlyOnThePanelsCountries() {
        JsonPath indicators = as(DemoUser.PANEL_EXPERT).get(url("/api/embargo/indicators")).then().statusCode(200).extract().jsonPath();
        assertThat(indicators.getList("filter.countries", String.class)).containsExactly("CAF");
        assertThat(indicators.prettify()).doesNotContain("COD").doesNotContain(drcReference);
        as(DemoUser.PANEL_EXPERT).queryParam("country", "COD").get(url("/api/embargo/indicators")).then().statusCode(403);
        as(DemoUser.PANEL_EXPERT).queryParam("country", "COD").queryParam("format", "csv").get(url("/api/embargo/indicators/export"))
                .then().statusCode(403);
    }

    private static String record(DemoUser user, String reference, String operation, String country, String place, double latitude,
            double longitude, String serial) {
        Map<String, Object> item = Map.of("category", "ASSAULT_RIFLE", "make", "Kalashnikov pattern", "model", "AKM",
                "calibre", "7.62x39mm", "serialNumber", serial, "lotNumber", LOT, "quantity", 1, "markingState", "INTACT");
        Map<String, Object> seizure = Map.ofEntries(Map.entry("reference", reference), Map.entry("operation", operation),
                Map.entry("reportingUnit", "Scope test unit"), Map.entry("occurredAt", "2026-03-10T08:00:00Z"),
                Map.entry("countryCode", country), Map.entry("placeName", place), Map.entry("latitude", latitude),
                Map.entry("longitude", longitude), Map.entry("circumstance", "SEIZED"),
                Map.entry("possessor", Map.of("kind", "ARMED_GROUP", "description", "Armed group fighters")),
                Map.entry("narrative", "Rifles seized from fighters, " + WORD + "."), Map.entry("items", List.of(item)));
        return as(user).contentType("application/json").body(seizure).post(url("/api/seizures")).then().statusCode(201).extract().path("id");
    }

    private static List<Map<String, Object>> awaitFindings(String seizure, int atLeast) {
        return await("findings of " + seizure).atMost(WITHIN).pollInterval(Duration.ofMillis(300))
                .until(() -> as(DemoUser.ADMIN).queryParam("seizureId", seizure).get(url("/api/embargo/findings")).then().statusCode(200)
                        .extract().<List<Map<String, Object>>> path("$"), found -> found.size() >= atLeast);
    }

    private static RequestSpecification as(DemoUser user) {
        return given().auth().oauth2(Tokens.accessToken(user));
    }

    private static String url(String path) {
        return path.startsWith("http") ? path : PackagedPlatform.gateway() + path;
    }
}
