package org.embargomonitor.embargo.parties;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.embargomonitor.testing.DemoUser.ADMIN;
import static org.embargomonitor.testing.DemoUser.PANEL_EXPERT;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.embargomonitor.testing.DemoUser;
import org.embargomonitor.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class ListImportResourceTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Inject
    ListImports imports;

    @Inject
    ListImportService importer;

    @Test
    void shouldRecordTheRealAdditionsAndDelistingsBetweenTwoSnapshotsAndNothingOnARepeat() throws Throwable {
        forgetEveryImport();

        JsonPath first = ListImportsForTests.importAndWait(ConsolidatedList.SNAPSHOT_2025);
        assertThat(first.getString("status")).isEqualTo("DONE");
        assertThat(first.getInt("added")).isEqualTo(877);
        assertThat(first.getInt("percentDone")).isEqualTo(100);

        JsonPath second = ListImportsForTests.importAndWait(ConsolidatedList.SNAPSHOT_2026);
        assertThat(second.getInt("added")).isEqualTo(137);
        assertThat(second.getInt("delisted")).isEqualTo(5);
        assertThat(second.getInt("added") + second.getInt("changed") + second.getInt("unchanged")).isEqualTo(1009);
        String id = second.getString("id");
        as(PANEL_EXPERT).queryParam("kind", "DELISTED").get("/api/embargo/designated-parties/imports/" + id + "/changes")
                .then().statusCode(200)
                .body("reference", equalTo(List.of("IQi.074", "QDe.137", "QDi.317", "QDi.328", "QDi.336")));
        List<String> added = as(PANEL_EXPERT).queryParam("kind", "ADDED").get("/api/embargo/designated-parties/imports/" + id + "/changes")
                .then().extract().jsonPath().getList("reference");
        assertThat(added).hasSize(137).contains("HTe.001", "HTe.002", "SDi.007", "QDi.439");
        as(PANEL_EXPERT).get("/api/embargo/designated-parties/imports/" + id + "/changes").then().statusCode(200)
                .body("size()", equalTo(137 + 5 + second.getInt("changed")));
        as(PANEL_EXPERT).queryParam("kind", "RENAMED").get("/api/embargo/designated-parties/imports/" + id + "/changes").then()
                .statusCode(400).body("errors[0].field", equalTo("kind"));
        as(PANEL_EXPERT).queryParam("kind", "CHANGED").get("/api/embargo/designated-parties/imports/" + id + "/changes")
                .then().body("find { it.reference == 'CDe.001' }.fields", hasItem("comments"));

        JsonPath repeat = ListImportsForTests.importAndWait(ConsolidatedList.SNAPSHOT_2026);
        assertThat(repeat.getInt("unchanged")).isEqualTo(1009);
        assertThat(repeat.getInt("added") + repeat.getInt("changed") + repeat.getInt("delisted") + repeat.getInt("relisted")).isZero();

        as(PANEL_EXPERT).get("/api/embargo/designated-parties/QDe.137").then().statusCode(200)
                .body("delistedOn", equalTo("2026-05-08")).body("lastSeenListedOn", equalTo("2025-04-19"))
                .body("delistedPeriods", hasSize(0));
    }

    @Test
    void shouldMatchAlShababWithTheListedEntityAndItsReasons() throws Exception {
        ListImportsForTests.ensure2026SnapshotImported();

        as(PANEL_EXPERT).queryParam("name", "Al Shabab").get("/api/embargo/designated-parties/matches").then().statusCode(200)
                .body("[0].reference", equalTo("SOe.001"))
                .body("[0].matchedName", equalTo("AL-SHABAB"))
                .body("[0].score", equalTo(1.0f))
                .body("[0].listing", equalTo("LISTED"))
                .body("[0].reasons", hasItem("articles and particles set aside: al"));
        as(PANEL_EXPERT).queryParam("name", "حركة الشباب المجاهدين").get("/api/embargo/designated-parties/matches").then()
                .body("[0].reference", equalTo("SOe.001"))
                .body("[0].matchedName", startsWith("HARAKAT"))
                .body("[0].reasons", hasItem(containsString("transliterated from Arabic script")));
    }

    @Test
    void shouldMatchOnlyPartiesListedOnTheDateAskedFor() throws Exception {
        ListImportsForTests.ensure2026SnapshotImported();

        as(PANEL_EXPERT).queryParam("name", "Gedo Hamdan Ahmed").queryParam("asOf", "2026-03-01")
                .get("/api/embargo/designated-parties/matches").then().body("reference", hasItem("SDi.007"));
        as(PANEL_EXPERT).queryParam("name", "Gedo Hamdan Ahmed").queryParam("asOf", "2026-02-23")
                .get("/api/embargo/designated-parties/matches").then().body("reference", not(hasItem("SDi.007")));
    }

    @Test
    void shouldRefuseAFileThatIsNotTheListAndStoreNothing() throws Exception {
        int before = importCount();
        given().auth().oauth2(Tokens.accessToken(ADMIN)).contentType("application/xml")
                .body("<CONSOLIDATED_LIST dateGenerated=\"2099-01-01T00:00:00Z\"><INDIVIDUALS><INDIVIDUAL><REFERENCE_NUMBER>Xi.1")
                .post("/api/embargo/designated-parties/imports")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("body"));
        assertThat(importCount()).isEqualTo(before);
    }

    @Test
    void shouldRefuseExternalEntitiesAndEntityExpansionReadingNothingFromDiskAndStoringNothing() throws Exception {
        int before = importCount();
        String externalEntity = """
                <?xml version="1.0"?><!DOCTYPE l [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <CONSOLIDATED_LIST dateGenerated="2099-01-02T00:00:00Z"><INDIVIDUALS/><ENTITIES><ENTITY><FIRST_NAME>&x;</FIRST_NAME>
                <UN_LIST_TYPE>CAR</UN_LIST_TYPE><REFERENCE_NUMBER>CFe.998</REFERENCE_NUMBER><LISTED_ON>2026-01-01</LISTED_ON>
                </ENTITY></ENTITIES></CONSOLIDATED_LIST>""";
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            laughs.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        laughs.append("]><CONSOLIDATED_LIST dateGenerated=\"2099-01-02T00:00:00Z\"><INDIVIDUALS><INDIVIDUAL><FIRST_NAME>&lol9;</FIRST_NAME>"
                + "</INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>");
        for (String hostile : List.of(externalEntity, laughs.toString())) {
            given().auth().oauth2(Tokens.accessToken(ADMIN)).contentType("application/xml").body(hostile)
                    .post("/api/embargo/designated-parties/imports")
                    .then().statusCode(400).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("body"))
                    .body(not(containsString("root:")));
        }
        assertThat(importCount()).isEqualTo(before);
    }

    @Test
    void shouldRefuseAFileNameThatShowsOtherThanItIs() throws Exception {
        int before = importCount();
        given().auth().oauth2(Tokens.accessToken(ADMIN)).contentType("application/xml").urlEncodingEnabled(false)
                .body(Files.readAllBytes(ConsolidatedList.SNAPSHOT_2020))
                .post("/api/embargo/designated-parties/imports?fileName=list%E2%80%AElmx.exe")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("fileName"));
        assertThat(importCount()).isEqualTo(before);
    }

    @Test
    void shouldRefuseASnapshotOlderThanTheOneImportedLast() throws Exception {
        ListImportsForTests.ensure2026SnapshotImported();
        int before = importCount();

        given().auth().oauth2(Tokens.accessToken(ADMIN)).contentType("application/xml")
                .body(Files.readAllBytes(ConsolidatedList.SNAPSHOT_2020))
                .post("/api/embargo/designated-parties/imports")
                .then().statusCode(409).contentType(PROBLEM_JSON);
        assertThat(importCount()).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(value = DemoUser.class, names = { "MISSION_OFFICER", "PANEL_EXPERT", "COMMITTEE_MEMBER" })
    void shouldRefuseImportsToAnyoneButAdmins(DemoUser user) {
        as(user).contentType("application/xml").body("<CONSOLIDATED_LIST/>").post("/api/embargo/designated-parties/imports")
                .then().statusCode(403).contentType(PROBLEM_JSON);
    }

    @Test
    void shouldRefuseMissionStaffTheImportHistory() {
        as(DemoUser.MISSION_OFFICER).get("/api/embargo/designated-parties/imports").then().statusCode(403);
    }

    private int importCount() {
        return as(ADMIN).get("/api/embargo/designated-parties/imports").then().statusCode(200).extract().jsonPath()
                .getList("$").size();
    }

    @Test
    void shouldResumeAnImportLeftByAStoppedReplicaAfterTheLastBatchItStored() throws Throwable {
        forgetEveryImport();
        byte[] snapshot = Files.readAllBytes(ConsolidatedList.SNAPSHOT_2025);
        List<ListedParty> entries = new ArrayList<>();
        OffsetDateTime generated = ConsolidatedListReader.read(new ByteArrayInputStream(snapshot), entries::add);
        UUID id = UUID.randomUUID();
        execute("insert into list_import (id, file_name, file_sha256, generated_at, entries_total, submitted_by, submitted_at)"
                + " values ('" + id + "', 'list.xml', 'ab', '" + generated + "', " + entries.size() + ", 'platform.admin', now())");
        VertxContextSupport.subscribeAndAwait(() -> imports.apply(id, entries.subList(0, ListImportService.BATCH),
                generated.toLocalDate(), importer::fingerprint));
        // the job and its file in one transaction: a runner may claim the job the moment it is committed
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> Panache.getSession().flatMap(session -> session
                .createNativeQuery("insert into job (id, kind, description, status, submitted_by, submitted_at, claimed_by, lease_until,"
                        + " attempts, total, done, checkpoint) values ('" + id + "', 'list-import', 'Consolidated List', 'RUNNING',"
                        + " 'platform.admin', now(), 'stopped/1', now() - interval '1 second', 1, " + entries.size() + ", 200, '200')")
                .executeUpdate()
                .chain(() -> session.createNativeQuery("insert into job_input (job_id, content) values (:id, :content)")
                        .setParameter("id", id).setParameter("content", snapshot).executeUpdate()))));

        JsonPath done = await().atMost(Duration.ofMinutes(2)).until(
                () -> as(ADMIN).get("/api/embargo/designated-parties/imports/" + id).then().statusCode(200).extract().jsonPath(),
                job -> job.getString("status").equals("DONE"));

        assertThat(done.getInt("entriesDone")).as("each entry stored once").isEqualTo(877);
        assertThat(done.getInt("added")).isEqualTo(877);
        assertThat(done.getInt("unchanged")).as("none of the first batch applied again").isZero();
        as(PANEL_EXPERT).queryParam("kind", "ADDED").get("/api/embargo/designated-parties/imports/" + id + "/changes")
                .then().statusCode(200).body("size()", equalTo(877));
    }

    private static void execute(String sql) throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> Panache.getSession()
                .flatMap(session -> session.createNativeQuery(sql).executeUpdate())));
    }

    private static RequestSpecification as(DemoUser user) {
        return given().auth().oauth2(Tokens.accessToken(user)).log().ifValidationFails();
    }

    /** The scenario starts from an empty list, whatever other tests imported before. */
    private void forgetEveryImport() throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> Panache.getSession().flatMap(session -> session
                .createNativeQuery("truncate party_change, designated_party, list_import").executeUpdate())));
    }
}
