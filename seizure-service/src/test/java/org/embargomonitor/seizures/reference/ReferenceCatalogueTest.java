package org.embargomonitor.seizures.reference;

import static org.awaitility.Awaitility.await;
import static org.embargomonitor.seizures.Fixtures.PROBLEM_JSON;
import static org.embargomonitor.seizures.Fixtures.as;
import static org.embargomonitor.seizures.Fixtures.newReference;
import static org.embargomonitor.seizures.Fixtures.record;
import static org.embargomonitor.seizures.Fixtures.seizureWithItems;
import static org.embargomonitor.testing.DemoUser.ADMIN;
import static org.embargomonitor.testing.DemoUser.COMMITTEE_MEMBER;
import static org.embargomonitor.testing.DemoUser.MISSION_OFFICER;
import static org.embargomonitor.testing.DemoUser.PANEL_EXPERT;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

@QuarkusTest
class ReferenceCatalogueTest {

    @Inject
    Pool database;

    @Test
    void shouldSuggestTheCalibreFieldStaffMean() {
        as(MISSION_OFFICER).queryParam("q", "7,62 x 39 mm").get("/api/seizures/reference/calibres")
                .then().statusCode(200).body("[0].name", equalTo("7.62x39mm")).body("[0].source", org.hamcrest.Matchers.notNullValue());
        as(MISSION_OFFICER).queryParam("q", "M43").get("/api/seizures/reference/calibres")
                .then().statusCode(200).body("[0].name", equalTo("7.62x39mm"));
        as(COMMITTEE_MEMBER).queryParam("q", "7.62").get("/api/seizures/reference/calibres")
                .then().statusCode(200).body("name", hasItem("7.62x54mmR"));
    }

    @Test
    void shouldResolveAMisreadHeadstampCode() {
        as(PANEL_EXPERT).queryParam("q", "S39").get("/api/seizures/reference/headstamps")
                .then().statusCode(200).body("[0].name", equalTo("539")).body("[0].verified", equalTo(false));
    }

    @Test
    void shouldRecordTheCatalogueNameOfATypedCalibre() {
        Map<String, Object> body = seizureWithItems(newReference(), "CAF");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) body.get("items");
        items.get(0).put("calibre", "7,62 x 39 mm");
        items.get(1).put("calibre", "a calibre nobody knows");
        String id = record(MISSION_OFFICER, body);

        as(MISSION_OFFICER).get("/api/seizures/" + id).then()
                .body("items[0].calibre", equalTo("7,62 x 39 mm"))
                .body("items[0].calibreCanonical", equalTo("7.62x39mm"))
                .body("items[1].calibreCanonical", equalTo(null));
    }

    @Test
    void shouldLetAdminsExtendTheCatalogueWithASource() {
        String name = "9.3x" + UUID.randomUUID().toString().substring(0, 4);
        Map<String, Object> entry = Map.of("name", name, "aliases", List.of(name + " test"), "use", "rifle",
                "source", "C.I.P. TDCC (test entry)", "verified", true);

        as(ADMIN).body(entry).post("/api/seizures/reference/calibres").then().statusCode(201).body("addedBy", equalTo("platform.admin"));
        as(MISSION_OFFICER).queryParam("q", name).get("/api/seizures/reference/calibres").then().body("[0].name", equalTo(name));
        as(ADMIN).body(entry).post("/api/seizures/reference/calibres").then().statusCode(409).contentType(PROBLEM_JSON);
    }

    @Test
    void shouldTakeInWhatAdminsAddedThroughAnotherReplica() {
        String name = "5.8x" + UUID.randomUUID().toString().substring(0, 4);
        database.preparedQuery("insert into ref_entry (id, kind, name, aliases, source, verified, added_by, added_at)"
                + " values ($1, 'CALIBRE', $2, '[]', 'Another replica (test entry)', false, 'platform.admin', now())")
                .execute(Tuple.of(UUID.randomUUID(), name)).await().atMost(Duration.ofSeconds(10));

        await().atMost(Duration.ofSeconds(30)).until(() -> name.equals(as(MISSION_OFFICER).queryParam("q", name)
                .get("/api/seizures/reference/calibres").then().statusCode(200).extract().path("[0].name")));
        as(ADMIN).body(Map.of("name", name, "source", "C.I.P. TDCC (test entry)", "verified", true))
                .post("/api/seizures/reference/calibres").then().statusCode(409).contentType(PROBLEM_JSON);
    }

    @Test
    void shouldRefuseAdditionsByOthersAndEntriesWithoutSource() {
        Map<String, Object> entry = Map.of("name", "6.5 Test", "source", "somewhere", "verified", false);
        as(MISSION_OFFICER).body(entry).post("/api/seizures/reference/calibres").then().statusCode(403);
        as(PANEL_EXPERT).body(entry).post("/api/seizures/reference/calibres").then().statusCode(403);
        as(ADMIN).body(Map.of("name", "6.5 Test", "verified", false)).post("/api/seizures/reference/calibres")
                .then().statusCode(400).body("errors.field", hasItem("source"));
        as(ADMIN).get("/api/seizures/reference/explosives").then().statusCode(404).contentType(PROBLEM_JSON);
    }
}
