package org.embargomonitor.search.query;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.embargomonitor.testing.DemoUser.ADMIN;
import static org.embargomonitor.testing.DemoUser.COMMITTEE_MEMBER;
import static org.embargomonitor.testing.DemoUser.MONUSCO_OFFICER;
import static org.embargomonitor.testing.DemoUser.PANEL_EXPERT;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.embargomonitor.search.opensearch.RecordsIndex;
import org.embargomonitor.testing.DemoUser;
import org.embargomonitor.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opensearch.client.opensearch.OpenSearchAsyncClient;
import org.opensearch.client.opensearch._types.Refresh;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class SearchResourceTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Inject
    OpenSearchAsyncClient openSearch;

    @Inject
    RecordsIndex index;

    private String marker;
    private String inCentralAfrica;
    private String inCongo;

    @BeforeEach
    void indexTwoRecords() throws Exception {
        marker = "m" + UUID.randomUUID().toString().replace("-", "");
        inCentralAfrica = index("MINUSCA", "CAF", "Bria",
                "Des fusils d'assaut et des munitions ont été saisis près de Bria. " + marker);
        inCongo = index("MONUSCO", "COD", "Bunia",
                "Rifles with obliterated serial numbers were surrendered in Bunia. " + marker);
    }

    @Test
    void shouldFindARecordByAPhraseWithAHighlightedSnippet() {
        as(ADMIN).queryParam("q", "\"obliterated serial numbers\" " + marker).get("/api/search")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("hits.id", contains(inCongo))
                .body("hits[0].highlights", hasItem(containsString("<em>obliterated</em>")));
    }

    @Test
    void shouldMatchAFrenchNarrativeByItsStem() {
        as(ADMIN).queryParam("q", "fusil " + marker).get("/api/search")
                .then().statusCode(200).body("hits.id", contains(inCentralAfrica));
    }

    @Test
    void shouldCountAndShowOnlyRecordsInTheCallersScope() {
        as(ADMIN).queryParam("q", marker).get("/api/search").then().statusCode(200).body("total", equalTo(2));
        as(PANEL_EXPERT).queryParam("q", marker).get("/api/search")
                .then().statusCode(200).body("total", equalTo(1)).body("hits.id", contains(inCentralAfrica));
        as(MONUSCO_OFFICER).queryParam("q", marker).get("/api/search")
                .then().statusCode(200).body("total", equalTo(1)).body("hits.id", contains(inCongo));
    }

    @Test
    void shouldExportTheResultSetAsCsvOneRowPerItemWithinTheCallersScope() {
        String csv = as(ADMIN).queryParam("q", marker).queryParam("format", "csv").get("/api/search/export")
                .then().statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("embargo-monitor-records.csv"))
                .header("X-Records", "2").extract().asString();
        assertThat(csv.lines()).hasSize(3);
        assertThat(csv).contains("reference,operation,country_code").contains("KT 1O4523").contains("Bunia");

        String panelCsv = as(PANEL_EXPERT).queryParam("q", marker).get("/api/search/export").then().statusCode(200)
                .header("X-Records", "1").extract().asString();
        assertThat(panelCsv).contains("Bria").doesNotContain("Bunia");
    }

    @Test
    void shouldExportTheResultSetAsAWorkbook() throws Exception {
        byte[] xlsx = as(ADMIN).queryParam("q", marker).queryParam("format", "xlsx").get("/api/search/export")
                .then().statusCode(200).contentType(containsString("spreadsheetml")).extract().asByteArray();

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheet("Records");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("reference");
        }
    }

    @Test
    void shouldRefuseAnUnknownExportFormatNamingTheParameter() {
        as(ADMIN).queryParam("q", marker).queryParam("format", "pdf").get("/api/search/export")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("format"));
        as(COMMITTEE_MEMBER).queryParam("q", marker).get("/api/search/export").then().statusCode(403);
    }

    @Test
    void shouldRefuseCommitteeMembersRawRecords() {
        as(COMMITTEE_MEMBER).queryParam("q", marker).get("/api/search").then().statusCode(403).contentType(PROBLEM_JSON);
    }

    @Test
    void shouldRefuseASearchWithoutTextMarkOrFilterNamingTheField() {
        as(PANEL_EXPERT).get("/api/search").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", hasItem("q"));
    }

    @Test
    void shouldListTheRecordsAFilterSelectsWithoutText() {
        as(ADMIN).queryParam("operation", "MONUSCO").queryParam("from", "2026-02-01").queryParam("to", "2026-02-01")
                .queryParam("size", 100).get("/api/search")
                .then().statusCode(200).body("hits.id", hasItem(inCongo)).body("hits.operation", everyItem(equalTo("MONUSCO")));
        as(PANEL_EXPERT).queryParam("country", "COD").get("/api/search").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void shouldRefuseADateOrCoordinateItCannotReadNamingTheParameter() {
        as(PANEL_EXPERT).queryParam("q", marker).queryParam("from", "14/03/2026").get("/api/search")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("from"));
        as(PANEL_EXPERT).queryParam("q", marker).queryParam("north", "north").get("/api/search")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("north"));
    }

    @Test
    void shouldRefuseAMapBoxWhoseNorthIsSouthOfItsSouthAndAPeriodBeyondTheCentury() {
        as(PANEL_EXPERT).queryParam("q", marker).queryParam("north", 4).queryParam("south", 8).queryParam("east", 22)
                .queryParam("west", 18).get("/api/search")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("errors.field", hasItem("south"));
        as(PANEL_EXPERT).queryParam("q", marker).queryParam("to", "9999-12-31").get("/api/search")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("errors.field", hasItem("to"));
    }

    @Test
    void shouldRefuseAnOversizedPageNamingTheField() {
        as(PANEL_EXPERT).queryParam("q", marker).queryParam("size", 1000).get("/api/search")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("errors.field", hasItem("size"));
    }

    @Test
    void shouldTreatQueryDslAsPlainText() {
        as(ADMIN).queryParam("q", "{\"match_all\":{}}").get("/api/search").then().statusCode(200)
                .body("total", equalTo(0));
    }

    @Test
    void shouldRefuseCallersWithoutAValidToken() {
        given().queryParam("q", marker).get("/api/search").then().statusCode(401).contentType(PROBLEM_JSON);
        given().auth().oauth2(Tokens.foreignIssuerToken(ADMIN)).queryParam("q", marker).get("/api/search")
                .then().statusCode(401);
    }

    @Test
    void shouldFindASerialWithOneMisreadCharacterOrUnreadableOnes() {
        as(PANEL_EXPERT).queryParam("mark", "KT104528").queryParam("q", marker).get("/api/search").then().statusCode(200)
                .body("hits.id", hasItem(inCentralAfrica));
        as(PANEL_EXPERT).queryParam("mark", "kt 1O4-S23").queryParam("q", marker).get("/api/search").then().statusCode(200)
                .body("hits.id", hasItem(inCentralAfrica));
        as(PANEL_EXPERT).queryParam("mark", "KT10?523").queryParam("q", marker).get("/api/search").then().statusCode(200)
                .body("hits.id", contains(inCentralAfrica));
    }

    @Test
    void shouldCountFacetsOnlyOverTheCallersRecords() {
        as(ADMIN).queryParam("q", marker).get("/api/search").then().statusCode(200)
                .body("facets.country.value", hasItems("CAF", "COD"))
                .body("facets.category.find { it.value == 'ASSAULT_RIFLE' }.count", equalTo(2));
        as(PANEL_EXPERT).queryParam("q", marker).get("/api/search").then().statusCode(200)
                .body("facets.country.value", contains("CAF"))
                .body("facets.operation.value", contains("MINUSCA"));
    }

    @Test
    void shouldFilterByCountryDateAndMapBox() {
        as(ADMIN).queryParam("q", marker).queryParam("country", "COD").get("/api/search").then()
                .body("total", equalTo(1)).body("hits.id", contains(inCongo));
        as(ADMIN).queryParam("q", marker).queryParam("from", "2026-02-02").get("/api/search").then().body("total", equalTo(0));
        as(ADMIN).queryParam("q", marker).queryParam("north", 10).queryParam("south", 0).queryParam("west", 15)
                .queryParam("east", 25).get("/api/search").then().body("total", equalTo(2));
        as(ADMIN).queryParam("q", marker).queryParam("north", 1).queryParam("south", 0).queryParam("west", 0)
                .queryParam("east", 1).get("/api/search").then().body("total", equalTo(0));
    }

    @Test
    void shouldPageWithAStableCursor() throws Exception {
        String third = index("MINUSCA", "CAF", "Bangui", "Mortar tube found in Bangui. " + marker);

        var first = as(ADMIN).queryParam("q", marker).queryParam("size", 2).queryParam("sort", "newest").get("/api/search")
                .then().statusCode(200).body("hits.size()", equalTo(2)).extract().jsonPath();
        var second = as(ADMIN).queryParam("q", marker).queryParam("size", 2).queryParam("sort", "newest")
                .queryParam("cursor", first.getString("nextCursor")).get("/api/search")
                .then().statusCode(200).body("hits.size()", equalTo(1)).extract().jsonPath();

        List<String> all = new java.util.ArrayList<>(first.getList("hits.id"));
        all.addAll(second.getList("hits.id"));
        org.assertj.core.api.Assertions.assertThat(all).containsExactlyInAnyOrder(inCentralAfrica, inCongo, third);
        as(ADMIN).queryParam("q", marker).queryParam("cursor", "not-a-cursor").get("/api/search")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("errors.field", hasItem("cursor"));
    }

    private String index(String operation, String country, String place, String narrative) throws Exception {
        String id = UUID.randomUUID().toString();
        IndexedRecord.Item rifle = new IndexedRecord.Item(UUID.randomUUID().toString(), 1, "ASSAULT_RIFLE", "Kalashnikov pattern", "AKM", "7.62x39mm", null,
                "KT 1O4523", "KT104523", null, null, null, "PARTLY_OBLITERATED", "RECORDED");
        IndexedRecord record = new IndexedRecord(IndexedRecord.RELATION, id, 0, "REF-" + id.substring(0, 6), operation, country, "2026-02-01T10:00:00Z",
                "SEIZED", place, narrative, null, Map.of("lat", 6.5, "lon", 21.9),
                country.equals("CAF") && place.equals("Bria") || country.equals("COD") ? List.of(rifle) : List.of());
        openSearch.index(i -> i.index(index.writeAlias()).id(id).document(record).refresh(Refresh.True)).get();
        return id;
    }

    private static RequestSpecification as(DemoUser user) {
        return given().auth().oauth2(Tokens.accessToken(user)).log().ifValidationFails();
    }
}
