package org.embargomonitor.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.nio.file.Path;
import java.time.Duration;

import org.embargomonitor.testing.DemoUser;
import org.embargomonitor.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.path.json.JsonPath;

/**
 * Evidence through the whole platform: files uploaded to seizure-service are fetched by search-service with its
 * own service account, their text extracted by Apache Tika and found by a phrase, through the gateway.
 */
@ExtendWith(PackagedPlatform.class)
class SearchThroughTheGatewayIT {

    private static final Path DOCUMENTS = Path.of(System.getProperty("embargo.root", "..")).resolve("../shared/data/documents");

    @Test
    void shouldFindAnUploadedPdfAndWordDocumentByAPhraseInsideThemWithAHighlightedSnippet() throws Exception {
        String seizure = given().auth().oauth2(Tokens.accessToken(DemoUser.MISSION_OFFICER)).contentType("application/json")
                .body(RoleMatrixIT.Samples.seizure()).post(PackagedPlatform.gateway() + "/api/seizures")
                .then().statusCode(201).extract().path("id");
        String pdf = upload(seizure, "t4t_ammunition_headstamp_annotation_guide_v0.2.pdf");
        String docx = upload(seizure, "t4t_unidir_cartridge_identification_planning.docx");

        JsonPath inPdf = awaitHit("\"curation of training and validation data\"");
        JsonPath inDocx = awaitHit("\"locate cartridge in image\"");

        assertThat(inPdf.getString("hits[0].id")).isEqualTo(seizure);
        assertThat(inPdf.getString("hits[0].documents[0].evidenceId")).isEqualTo(pdf);
        assertThat(inPdf.getString("hits[0].documents[0].highlights[0]")).contains("<em>curation</em>");
        assertThat(inDocx.getString("hits[0].documents[0].evidenceId")).isEqualTo(docx);
        given().auth().oauth2(Tokens.accessToken(DemoUser.MONUSCO_OFFICER)).queryParam("q", "\"locate cartridge in image\"")
                .get(PackagedPlatform.gateway() + "/api/search").then().statusCode(200).body("total", equalTo(0));
    }

    private String upload(String seizure, String file) {
        assertThat(DOCUMENTS.resolve(file)).as("../shared beside the repository").isRegularFile();
        return given().auth().oauth2(Tokens.accessToken(DemoUser.MISSION_OFFICER))
                .multiPart("file", DOCUMENTS.resolve(file).toFile())
                .post(PackagedPlatform.gateway() + "/api/seizures/" + seizure + "/evidence")
                .then().statusCode(201).body("fileName", containsString(file.substring(0, 8))).extract().path("id");
    }

    private static JsonPath awaitHit(String phrase) {
        return await("one record found by " + phrase).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> given().auth().oauth2(Tokens.accessToken(DemoUser.PANEL_EXPERT)).queryParam("q", phrase)
                        .get(PackagedPlatform.gateway() + "/api/search").then().statusCode(200).extract().jsonPath(),
                        found -> found.getInt("total") == 1);
    }
}
