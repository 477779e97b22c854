package org.embargomonitor.embargo.parties;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.embargomonitor.testing.DemoUser.ADMIN;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.embargomonitor.testing.Tokens;

import io.restassured.path.json.JsonPath;

/** Imports snapshots through the API, as an admin would, and waits for them to finish. */
public final class ListImportsForTests {

    private ListImportsForTests() {
    }

    /** Imports the snapshot and answers the finished import. */
    static JsonPath importAndWait(Path snapshot) throws Exception {
        String location = given().auth().oauth2(Tokens.accessToken(ADMIN)).contentType("application/xml")
                .queryParam("fileName", snapshot.getFileName().toString())
                .body(Files.readAllBytes(snapshot))
                .post("/api/embargo/designated-parties/imports")
                .then().statusCode(202).extract().header("Location");
        return await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).until(
                () -> given().auth().oauth2(Tokens.accessToken(ADMIN)).get(location).then().statusCode(200).extract().jsonPath(),
                job -> List.of("DONE", "FAILED").contains(job.getString("status")));
    }

    /** Makes sure the 2026 snapshot is the one imported last, for tests that match names against it. */
    public static void ensure2026SnapshotImported() throws Exception {
        List<String> generated = given().auth().oauth2(Tokens.accessToken(ADMIN)).get("/api/embargo/designated-parties/imports")
                .then().statusCode(200).extract().jsonPath().getList("findAll { it.status == 'DONE' }.generatedAt");
        if (generated.isEmpty() || !generated.get(0).startsWith("2026-05-08")) {
            importAndWait(ConsolidatedList.SNAPSHOT_2026);
        }
    }
}
