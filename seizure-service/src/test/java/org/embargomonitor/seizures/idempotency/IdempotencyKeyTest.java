package org.embargomonitor.seizures.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.embargomonitor.seizures.Fixtures.PROBLEM_JSON;
import static org.embargomonitor.seizures.Fixtures.as;
import static org.embargomonitor.seizures.Fixtures.newReference;
import static org.embargomonitor.seizures.Fixtures.seizureWithItems;
import static org.embargomonitor.testing.DemoUser.ADMIN;
import static org.embargomonitor.testing.DemoUser.MISSION_OFFICER;
import static org.hamcrest.Matchers.equalTo;

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

    private static int count() {
        return as(ADMIN).get("/api/seizures?size=500").then().statusCode(200).extract().path("size()");
    }
}
