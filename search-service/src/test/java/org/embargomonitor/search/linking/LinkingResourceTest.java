package org.embargomonitor.search.linking;

import static io.restassured.RestAssured.given;
import static org.embargomonitor.testing.DemoUser.ADMIN;
import static org.embargomonitor.testing.DemoUser.COMMITTEE_MEMBER;
import static org.embargomonitor.testing.DemoUser.PANEL_EXPERT;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;

import jakarta.inject.Inject;

import org.embargomonitor.search.TestRecords;
import org.embargomonitor.search.opensearch.RecordsIndex;
import org.embargomonitor.search.query.IndexedRecord;
import org.embargomonitor.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.opensearch.client.opensearch.OpenSearchAsyncClient;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class LinkingResourceTest {

    @Inject
    OpenSearchAsyncClient openSearch;

    @Inject
    RecordsIndex index;

    @Test
    void shouldListItemsOfTheSameLotOrACloseSerialWithinTheCallersScope() throws Exception {
        String lot = "L" + UUID.randomUUID().toString().substring(0, 8);
        String serial = "Q" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").toUpperCase() + "X";
        IndexedRecord asked = TestRecords.index(openSearch, index, TestRecords.record("MINUSCA", "CAF", "",
                TestRecords.rifle("Norinco", "Type 56", serial + "1000", lot, null)));
        IndexedRecord sameLotInCongo = TestRecords.index(openSearch, index, TestRecords.record("MONUSCO", "COD", "",
                TestRecords.rifle("Other", "Other", "A1", lot, null)));
        IndexedRecord closeSerial = TestRecords.index(openSearch, index, TestRecords.record("MINUSCA", "CAF", "",
                TestRecords.rifle("Norinco", "Type 56", serial + "1012", null, null)));
        TestRecords.index(openSearch, index, TestRecords.record("MINUSCA", "CAF", "",
                TestRecords.rifle("Norinco", "Type 56", serial + "9000", null, null)));
        String path = "/api/search/records/" + asked.id() + "/items/" + asked.items().get(0).id() + "/linked";

        given().auth().oauth2(Tokens.accessToken(ADMIN)).get(path).then().statusCode(200)
                .body("linked.seizureId", containsInAnyOrder(sameLotInCongo.id(), closeSerial.id()))
                .body("linked.find { it.seizureId == '" + closeSerial.id() + "' }.serialDistance", equalTo(12));
        given().auth().oauth2(Tokens.accessToken(PANEL_EXPERT)).get(path).then().statusCode(200)
                .body("linked.seizureId", contains(closeSerial.id()));
        given().auth().oauth2(Tokens.accessToken(COMMITTEE_MEMBER)).get(path).then().statusCode(403);
    }

    @Test
    void shouldAnswer404ForARecordOutsideTheCallersScope() throws Exception {
        IndexedRecord inCongo = TestRecords.index(openSearch, index, TestRecords.record("MONUSCO", "COD", "",
                TestRecords.rifle("Norinco", "Type 56", "AB1", "LOT1", null)));

        given().auth().oauth2(Tokens.accessToken(PANEL_EXPERT))
                .get("/api/search/records/" + inCongo.id() + "/items/" + inCongo.items().get(0).id() + "/linked")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
