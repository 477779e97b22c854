package org.embargomonitor.seizures.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.embargomonitor.seizures.Fixtures.PROBLEM_JSON;
import static org.embargomonitor.seizures.Fixtures.as;
import static org.embargomonitor.seizures.Fixtures.newReference;
import static org.embargomonitor.seizures.Fixtures.record;
import static org.embargomonitor.seizures.Fixtures.rifle;
import static org.embargomonitor.seizures.Fixtures.seizureWithItems;
import static org.embargomonitor.testing.DemoUser.ADMIN;
import static org.embargomonitor.testing.DemoUser.MISSION_OFFICER;
import static org.embargomonitor.testing.DemoUser.PANEL_EXPERT;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class IdempotencyKeyTest {

    @Test
    void shouldReturnTheFirstResultToARetryAndStoreNothingTwice() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = seizureWithItems(newReference(), "CAF");

        String first = as(MISSION_OFFICER).header("Idempotency-Key", key).body(body).post("/api/seizures")
                .then().statusCode(201).header("Idempotent-Replayed", "false").extract().path("id");
        int stored = count();

        String retry = as(MISSION_OFFICER).header("Idempotency-Key", key).body(body).post("/api/seizures")
                .then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("items.size()", equalTo(2)).extract().path("id");

        assertThat(retry).isEqualTo(first);
        assertThat(count()).isEqualTo(stored);
    }

    @Test
    void shouldRefuseAKeyReusedForADifferentRequest() {
        String key = UUID.randomUUID().toString();
        as(MISSION_OFFICER).header("Idempotency-Key", key).body(seizureWithItems(newReference(), "CAF"))
                .post("/api/seizures").then().statusCode(201);
        int stored = count();

        as(MISSION_OFFICER).header("Idempotency-Key", key).body(seizureWithItems(newReference(), "CAF"))
                .post("/api/seizures").then().statusCode(409).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("Idempotency-Key"));
        assertThat(count()).isEqualTo(stored);
    }

    @Test
    void shouldKeepEachCallersKeysApart() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = seizureWithItems(newReference(), "CAF");
        body.put("operation", "MINUSCA");
        String mine = as(MISSION_OFFICER).header("Idempotency-Key", key).body(body).post("/api/seizures")
                .then().statusCode(201).extract().path("id");

        body.put("reference", newReference());
        String theirs = as(ADMIN).header("Idempotency-Key", key).body(body).post("/api/seizures")
                .then().statusCode(201).header("Idempotent-Replayed", "false").extract().path("id");
        assertThat(theirs).isNotEqualTo(mine);
    }

    @Test
    void shouldAddItemsOnceForRetriesOfTheSameRequest() {
        String id = record(MISSION_OFFICER, seizureWithItems(newReference(), "CAF"));
        String key = UUID.randomUUID().toString();
        List<Map<String, Object>> items = List.of(rifle("RETRY-1"));

        as(MISSION_OFFICER).header("Idempotency-Key", key).body(items).post("/api/seizures/" + id + "/items")
                .then().statusCode(200).body("items.size()", equalTo(3));
        as(MISSION_OFFICER).header("Idempotency-Key", key).body(items).post("/api/seizures/" + id + "/items")
                .then().statusCode(200).body("items.size()", equalTo(3));
    }

    @Test
    void shouldOpenOneTracingRequestForRetriesOfTheSameRequest() {
        String id = record(MISSION_OFFICER, seizureWithItems(newReference(), "CAF"));
        String item = as(PANEL_EXPERT).get("/api/seizures/" + id).then().extract().path("items[0].id");
        String key = UUID.randomUUID().toString();
        Map<String, String> request = Map.of("stateCode", "BGR", "sentOn", "2026-04-01");
        String url = "/api/seizures/" + id + "/items/" + item + "/tracing-requests";

        String first = as(PANEL_EXPERT).header("Idempotency-Key", key).body(request).post(url).then().statusCode(201).extract().path("id");
        String retry = as(PANEL_EXPERT).header("Idempotency-Key", key).body(request).post(url).then().statusCode(201).extract().path("id");

        assertThat(retry).isEqualTo(first);
        as(PANEL_EXPERT).get("/api/seizures/" + id + "/tracing-requests").then().body("size()", equalTo(1));
    }

    @Test
    void shouldQueueOneImportForRetriesOfTheSameFile() {
        String key = UUID.randomUUID().toString();
        byte[] csv = "reference,reporting_unit,occurred_at,country_code,circumstance\n".getBytes();

        String first = as(MISSION_OFFICER).contentType("text/csv").header("Idempotency-Key", key).body(csv)
                .post("/api/seizures/imports").then().statusCode(202).extract().path("id");
        String retry = as(MISSION_OFFICER).contentType("text/csv").header("Idempotency-Key", key).body(csv)
                .post("/api/seizures/imports").then().statusCode(202).extract().path("id");

        assertThat(retry).isEqualTo(first);
    }

    private static int count() {
        return as(ADMIN).get("/api/seizures?size=500").then().statusCode(200).extract().path("size()");
    }
}
