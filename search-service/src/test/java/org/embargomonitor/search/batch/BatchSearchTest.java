package org.embargomonitor.search.batch;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.embargomonitor.testing.DemoUser.ADMIN;
import static org.embargomonitor.testing.DemoUser.MISSION_OFFICER;
import static org.embargomonitor.testing.DemoUser.PANEL_EXPERT;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.embargomonitor.search.TestRecords;
import org.embargomonitor.search.opensearch.RecordsIndex;
import org.embargomonitor.search.query.IndexedRecord;
import org.embargomonitor.testing.DemoUser;
import org.embargomonitor.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.opensearch.client.opensearch.OpenSearchAsyncClient;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class BatchSearchTest {

    @Inject
    OpenSearchAsyncClient openSearch;

    @Inject
    RecordsIndex index;

    @Test
    void shouldCountHitsPerLineWithinTheCallersScopeAndOfferTheResultsAsCsv() throws Exception {
        String serial = "BX" + UUID.randomUUID().toString().replaceAll("[^0-9]", "").substring(0, 8);
        IndexedRecord inCar = TestRecords.index(openSearch, index, TestRecords.record("MINUSCA", "CAF", "",
                TestRecords.rifle("Norinco", "Type 56", serial, null, null)));
        TestRecords.index(openSearch, index, TestRecords.record("MONUSCO", "COD", "",
                TestRecords.rifle("Norinco", "Type 56", serial, null, null)));
        String misread = serial.substring(0, serial.length() - 1) + "?";
        String body = "value\n" + serial + "\n" + misread + "\nNOSUCH" + UUID.randomUUID().toString().substring(0, 6) + "\n???\n";

        String location = as(PANEL_EXPERT).contentType("text/csv").queryParam("kind", "mark").body(body).post("/api/search/batches")
                .then().statusCode(202).body("total", equalTo(4)).body("state", equalTo("RUNNING")).extract().header("Location");

        JsonPath done = awaitDone(location);
        assertThat(done.getList("lines.hits", Integer.class)).containsExactly(1, 1, 0, 0);
        assertThat(done.getList("lines[0].records.id", String.class)).containsExactly(inCar.id());
        assertThat(done.getString("lines[3].error")).contains("readable");
        assertThat(done.getInt("percent")).isEqualTo(100);

        String csv = as(PANEL_EXPERT).get(location + "/results").then().statusCode(200).contentType("text/csv")
                .extract().body().asString();
        assertThat(csv.lines().toList()).hasSize(5).first().asString().contains("line,value,hits,reference");
        assertThat(csv).contains("1," + serial + ",1," + inCar.reference());

        as(ADMIN).get(location).then().statusCode(404);
    }

    @Test
    void shouldRefuseAnEmptyOrOversizedBatchNamingTheBodyAndMissionStaff() {
        as(PANEL_EXPERT).contentType("text/plain").body("\n \n").post("/api/search/batches")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("body"));
        as(PANEL_EXPERT).contentType("text/plain").body("A\n".repeat(BatchSearches.MAX_LINES + 1)).post("/api/search/batches")
                .then().statusCode(400).body("errors.field", hasItem("body"));
        as(PANEL_EXPERT).contentType("text/plain").queryParam("kind", "dsl").body("A").post("/api/search/batches")
                .then().statusCode(400).body("errors.field", hasItem("kind"));
        as(MISSION_OFFICER).contentType("text/plain").body("A").post("/api/search/batches").then().statusCode(403);
    }

    @Test
    void shouldRefuseALineWithANulCharacterNamingTheLine() {
        as(PANEL_EXPERT).contentType("text/plain").body("KT104523\nAl\u0000Shabab\n").post("/api/search/batches")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("body"))
                .body("errors.message", hasItem(containsString("line 2")));
    }

    @Test
    void shouldReadPastedLinesAndCsvFirstColumns() {
        assertThat(BatchLines.ofText(" KT1 \n\n Al Shabab \r\n")).isEqualTo(List.of("KT1", "Al Shabab"));
        assertThat(BatchLines.ofCsv("\uFEFFserial,note\nKT1,first\n\"KT 2\",\"a, b\"\n")).isEqualTo(List.of("KT1", "KT 2"));
    }

    @Test
    void shouldResumeABatchLeftByAStoppedReplicaAfterTheLinesItSaved() throws Throwable {
        UUID id = UUID.randomUUID();
        String savedLine = "{\"line\": 1, \"value\": \"SAVED-1\", \"hits\": 99, \"records\": [], \"error\": null}";
        execute("insert into batch_search (id, owner, kind, total, found, created_at) values ('" + id + "', '"
                + PANEL_EXPERT.username + "', 'MARK', 3, '{\"lines\": [" + savedLine + "]}', now())");
        String request = "{\"kind\": \"MARK\", \"values\": [\"SAVED-1\", \"NOSUCH-2\", \"NOSUCH-3\"], \"caller\": {\"username\": \""
                + PANEL_EXPERT.username + "\", \"roles\": [\"panel-expert\"], \"operations\": [], \"panels\": [\"CAR\"]}}";
        // the job and its request in one transaction: a runner may claim the job the moment it is committed
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> Panache.getSession().flatMap(session -> session
                .createNativeQuery("insert into job (id, kind, description, status, submitted_by, submitted_at, claimed_by, lease_until,"
                        + " attempts, total, done, checkpoint) values ('" + id + "', 'batch-search', '3 lines (mark)', 'RUNNING', '"
                        + PANEL_EXPERT.username + "', now(), 'stopped/1', now() - interval '1 second', 1, 3, 1, '1')")
                .executeUpdate()
                .chain(() -> session.createNativeQuery("insert into job_input (job_id, content) values (:id, :content)")
                        .setParameter("id", id).setParameter("content", request.getBytes(StandardCharsets.UTF_8)).executeUpdate()))));

        JsonPath done = awaitDone("/api/search/batches/" + id);

        assertThat(done.getList("lines.value", String.class)).containsExactly("SAVED-1", "NOSUCH-2", "NOSUCH-3");
        assertThat(done.getList("lines.hits", Integer.class)).as("the saved line is kept, not searched again").containsExactly(99, 0, 0);
        as(ADMIN).get("/api/search/batches/" + id).then().statusCode(404);
    }

    private static void execute(String sql) throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> Panache.getSession()
                .flatMap(session -> session.createNativeQuery(sql).executeUpdate())));
    }

    private JsonPath awaitDone(String location) {
        return await("the batch " + location + " to finish").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> as(PANEL_EXPERT).get(location).then().statusCode(200).extract().jsonPath(),
                        batch -> "DONE".equals(batch.getString("state")));
    }

    private static RequestSpecification as(DemoUser user) {
        return given().auth().oauth2(Tokens.accessToken(user)).log().ifValidationFails();
    }
}
