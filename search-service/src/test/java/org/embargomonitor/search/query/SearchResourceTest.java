package org.embargomonitor.search.query;

import static io.restassured.RestAssured.given;
import static org.embargomonitor.testing.DemoUser.ADMIN;
import static org.embargomonitor.testing.DemoUser.COMMITTEE_MEMBER;
import static org.embargomonitor.testing.DemoUser.MONUSCO_OFFICER;
import static org.embargomonitor.testing.DemoUser.PANEL_EXPERT;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

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
    void shouldRefuseCommitteeMembersRawRecords() {
        as(COMMITTEE_MEMBER).queryParam("q", marker).get("/api/search").then().statusCode(403).contentType(PROBLEM_JSON);
    }

    @Test
    void shouldRefuseAMissingQueryNamingTheField() {
        as(PANEL_EXPERT).get("/api/search").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", hasItem("q"));
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

    private String index(String operation, String country, String place, String narrative) throws Exception {
        String id = UUID.randomUUID().toString();
        IndexedRecord record = new IndexedRecord(id, 0, "REF-" + id.substring(0, 6), operation, country, "2026-02-01T10:00:00Z",
                "SEIZED", place, narrative, null, Map.of("lat", 6.5, "lon", 21.9), List.of());
        openSearch.index(i -> i.index(index.alias()).id(id).document(record).refresh(Refresh.True)).get();
        return id;
    }

    private static RequestSpecification as(DemoUser user) {
        return given().auth().oauth2(Tokens.accessToken(user)).log().ifValidationFails();
    }
}
