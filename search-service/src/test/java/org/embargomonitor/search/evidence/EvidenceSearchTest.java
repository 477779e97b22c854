package org.embargomonitor.search.evidence;

import static io.restassured.RestAssured.given;
import static org.embargomonitor.testing.DemoUser.ADMIN;
import static org.embargomonitor.testing.DemoUser.MONUSCO_OFFICER;
import static org.embargomonitor.testing.DemoUser.PANEL_EXPERT;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import jakarta.inject.Inject;

import org.embargomonitor.search.TestRecords;
import org.embargomonitor.search.opensearch.RecordsIndex;
import org.embargomonitor.search.query.IndexedRecord;
import org.embargomonitor.testing.DemoUser;
import org.embargomonitor.testing.Tokens;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.opensearch.client.opensearch.OpenSearchAsyncClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.Refresh;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * Text extracted from the real shared documents, indexed as documents of a record in the real OpenSearch (earlier
 * copies of the same files are removed first, so that a phrase finds this run's record).
 */
@QuarkusTest
class EvidenceSearchTest {

    @Inject
    OpenSearchAsyncClient openSearch;

    @Inject
    RecordsIndex index;

    @Inject
    EvidenceAttempts indexer;

    @Inject
    TextExtractor extractor;

    @Test
    void shouldFindARecordByAPhraseInsideItsPdfAndWordDocumentsWithHighlightedSnippets() throws Exception {
        String marker = TestRecords.marker();
        IndexedRecord record = TestRecords.index(openSearch, index, TestRecords.record("MINUSCA", "CAF", "Crates seized " + marker));
        String pdf = attach(record, "t4t_ammunition_headstamp_annotation_guide_v0.2.pdf");
        String docx = attach(record, "t4t_unidir_cartridge_identification_planning.docx");

        as(ADMIN).queryParam("q", "\"curation of training and validation data\"").queryParam("country", "CAF")
                .queryParam("operation", "MINUSCA").get("/api/search")
                .then().statusCode(200)
                .body("hits.id", hasItem(record.id()))
                .body("hits.find { it.id == '" + record.id() + "' }.documents.evidenceId", contains(pdf))
                .body("hits.find { it.id == '" + record.id() + "' }.documents[0].highlights[0]", containsString("<em>curation</em>"));
        as(ADMIN).queryParam("q", "\"locate cartridge in image\"")
                .get("/api/search")
                .then().statusCode(200)
                .body("hits.find { it.id == '" + record.id() + "' }.documents.evidenceId", contains(docx))
                .body("hits.find { it.id == '" + record.id() + "' }.documents[0].fileName",
                        equalTo("t4t_unidir_cartridge_identification_planning.docx"));
    }

    @Test
    void shouldNeverShowADocumentOfARecordOutsideTheCallersScope() throws Exception {
        String marker = TestRecords.marker();
        IndexedRecord inCongo = TestRecords.index(openSearch, index, TestRecords.record("MONUSCO", "COD", "Cache found"));
        indexer.write(UUID.randomUUID().toString(), IndexedDocument.of(inCongo.id(), null, "note.txt", "text/plain", null,
                new ExtractedText("Handwritten inventory " + marker, ExtractedText.Method.TEXT, false))).await().indefinitely();
        openSearch.indices().refresh(r -> r.index(index.writeAlias())).get();

        as(MONUSCO_OFFICER).queryParam("q", marker).get("/api/search").then().statusCode(200).body("total", equalTo(1));
        as(PANEL_EXPERT).queryParam("q", marker).get("/api/search").then().statusCode(200)
                .body("total", equalTo(0)).body("facets.country.size()", equalTo(0));
    }

    private String attach(IndexedRecord record, String file) throws Exception {
        Path path = TextExtractorTest.DOCUMENTS.resolve(file);
        Assumptions.assumeTrue(Files.isRegularFile(path), "../shared/data/documents is not beside the repository");
        openSearch.deleteByQuery(d -> d.index(index.writeAlias()).refresh(Refresh.True)
                .query(q -> q.term(t -> t.field("fileName.keyword").value(FieldValue.of(file))))).get();
        ExtractedText text;
        try (InputStream in = Files.newInputStream(path)) {
            text = extractor.extract(in, file);
        }
        String id = UUID.randomUUID().toString();
        indexer.write(id, IndexedDocument.of(record.id(), null, file, "application/octet-stream", null, text)).await().indefinitely();
        openSearch.indices().refresh(r -> r.index(index.writeAlias())).get();
        return id;
    }

    private static RequestSpecification as(DemoUser user) {
        return given().auth().oauth2(Tokens.accessToken(user)).log().ifValidationFails();
    }
}
