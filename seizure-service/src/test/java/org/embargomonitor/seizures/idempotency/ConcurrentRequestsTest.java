package org.embargomonitor.seizures.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.embargomonitor.seizures.Fixtures.as;
import static org.embargomonitor.seizures.Fixtures.newReference;
import static org.embargomonitor.seizures.Fixtures.seizureWithItems;
import static org.embargomonitor.testing.DemoUser.ADMIN;
import static org.embargomonitor.testing.DemoUser.MISSION_OFFICER;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Requests sent at the same moment, as a field client retrying over a bad link sends them: never a 500. */
@QuarkusTest
class ConcurrentRequestsTest {

    private static final int CLIENTS = 20;

    @Test
    void shouldStoreOneSeizureAndAnswerEveryOneOfTwentyParallelRetriesWithTheSameKey() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = seizureWithItems(newReference(), "CAF");

        List<Response> answers = inParallel(() -> as(MISSION_OFFICER).header("Idempotency-Key", key).body(body).post("/api/seizures"));

        assertThat(answers).extracting(Response::statusCode).containsOnly(201);
        assertThat(answers).extracting(r -> r.jsonPath().getString("id")).containsOnly(answers.get(0).jsonPath().getString("id"));
        assertThat(answers).extracting(r -> r.header("Idempotent-Replayed")).containsOnlyOnce("false");
        assertThat(as(ADMIN).get("/api/seizures?size=500").then().extract().jsonPath()
                .getList("findAll { it.reference == '" + body.get("reference") + "' }")).hasSize(1);
    }

    @Test
    void shouldStoreOneSeizureOfAReferenceSentInParallelAndRefuseTheOthersWithAConflictNamingTheField() throws Exception {
        String reference = newReference();

        List<Response> answers = inParallel(() -> as(MISSION_OFFICER).body(seizureWithItems(reference, "CAF")).post("/api/seizures"));

        assertThat(answers).extracting(Response::statusCode).containsOnlyOnce(201).containsOnly(201, 409);
        answers.stream().filter(r -> r.statusCode() == 409).forEach(conflict -> {
            assertThat(conflict.contentType()).startsWith("application/problem+json");
            assertThat(conflict.jsonPath().getList("errors.field", String.class)).contains("reference");
            assertThat(conflict.asString()).doesNotContainIgnoringCase("constraint").doesNotContain("Exception").doesNotContain("SQL");
        });
    }

    private static List<Response> inParallel(Callable<Response> request) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<Response>> sent = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                sent.add(clients.submit(request));
            }
            List<Response> answers = new ArrayList<>();
            for (Future<Response> answer : sent) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            clients.shutdownNow();
        }
    }
}
