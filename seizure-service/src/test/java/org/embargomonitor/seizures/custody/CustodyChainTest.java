package org.embargomonitor.seizures.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.embargomonitor.seizures.Fixtures.as;
import static org.embargomonitor.seizures.Fixtures.newReference;
import static org.embargomonitor.seizures.Fixtures.record;
import static org.embargomonitor.seizures.Fixtures.seizureWithItems;
import static org.embargomonitor.testing.DemoUser.COMMITTEE_MEMBER;
import static org.embargomonitor.testing.DemoUser.MISSION_OFFICER;
import static org.embargomonitor.testing.DemoUser.MONUSCO_OFFICER;
import static org.embargomonitor.testing.DemoUser.PANEL_EXPERT;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.containsString;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

@QuarkusTest
class CustodyChainTest {

    @Inject
    Pool database;

    @Test
    void shouldRecordWhoChangedWhatAndWhy() {
        String id = record(MISSION_OFFICER, seizureWithItems(newReference(), "CAF"));
        String item = as(MISSION_OFFICER).get("/api/seizures/" + id).then().extract().path("items[0].id");
        as(MISSION_OFFICER).body(Map.of("status", "STORED", "reason", "Armoury, Bria base"))
                .post("/api/seizures/" + id + "/items/" + item + "/status").then().statusCode(200);

        as(PANEL_EXPERT).get("/api/seizures/" + id + "/custody").then().statusCode(200)
                .body("action", contains("SEIZURE_RECORDED", "ITEM_RECORDED", "ITEM_RECORDED", "ITEM_STATUS_CHANGED"))
                .body("sequence", contains(1, 2, 3, 4))
                .body("[3].actor", equalTo("mission.officer"))
                .body("[3].reason", equalTo("Armoury, Bria base"))
                .body("[3].change", containsString("STORED"));
        as(PANEL_EXPERT).get("/api/seizures/" + id + "/custody/verification").then().statusCode(200)
                .body("intact", equalTo(true)).body("entries", equalTo(4));
    }

    @Test
    void shouldDetectAnEntryAlteredInTheDatabase() {
        String id = record(MISSION_OFFICER, seizureWithItems(newReference(), "CAF"));

        sql("update custody_entry set actor = 'someone.else' where seizure_id = $1 and sequence = 2", id);

        as(PANEL_EXPERT).get("/api/seizures/" + id + "/custody/verification").then().statusCode(200)
                .body("intact", equalTo(false)).body("problems", hasItem("entry 2 was altered after it was written"));
    }

    @Test
    void shouldDetectAnEntryRemovedFromTheMiddleOrTheEnd() {
        String middle = record(MISSION_OFFICER, seizureWithItems(newReference(), "CAF"));
        String end = record(MISSION_OFFICER, seizureWithItems(newReference(), "CAF"));

        sql("delete from custody_entry where seizure_id = $1 and sequence = 2", middle);
        sql("delete from custody_entry where seizure_id = $1 and sequence = 3", end);

        as(MISSION_OFFICER).get("/api/seizures/" + middle + "/custody/verification").then()
                .body("intact", equalTo(false)).body("problems", hasItem("entry 2 is missing before entry 3"));
        as(MISSION_OFFICER).get("/api/seizures/" + end + "/custody/verification").then()
                .body("intact", equalTo(false)).body("problems[0]", containsString("entries after 2 are missing"));
    }

    @Test
    void shouldShowTheChainOnlyToThoseWhoMayReadTheSeizure() {
        String id = record(MISSION_OFFICER, seizureWithItems(newReference(), "CAF"));

        as(MONUSCO_OFFICER).get("/api/seizures/" + id + "/custody").then().statusCode(404);
        as(COMMITTEE_MEMBER).get("/api/seizures/" + id + "/custody").then().statusCode(403);
        as(COMMITTEE_MEMBER).get("/api/seizures/" + id + "/custody/verification").then().statusCode(403);
    }

    private void sql(String statement, String seizureId) {
        var result = database.preparedQuery(statement).execute(Tuple.of(UUID.fromString(seizureId))).await().indefinitely();
        assertThat(result.rowCount()).isEqualTo(1);
    }

}
