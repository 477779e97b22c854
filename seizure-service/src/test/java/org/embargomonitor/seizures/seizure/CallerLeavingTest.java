package org.embargomonitor.seizures.seizure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.embargomonitor.seizures.Fixtures.as;
import static org.embargomonitor.seizures.Fixtures.newReference;
import static org.embargomonitor.seizures.Fixtures.seizureWithItems;
import static org.embargomonitor.testing.DemoUser.ADMIN;
import static org.embargomonitor.testing.DemoUser.MISSION_OFFICER;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.embargomonitor.testing.Tokens;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;

/**
 * A field link, or the gateway in front of the service, can drop while a seizure is being written: the write goes on
 * to its end, so that the client's retry with the same Idempotency-Key finds it stored instead of starting again.
 */
@QuarkusTest
class CallerLeavingTest {

    private static final int SENDERS = 12;

    @Test
    void shouldStoreSeizuresWhoseSendersHungUpRightAfterSendingAndReplayThemToTheirRetries() throws Exception {
        String token = Tokens.accessToken(MISSION_OFFICER);
        List<Map<String, Object>> bodies = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < SENDERS; i++) {
            bodies.add(seizureWithItems(newReference(), "CAF"));
            keys.add(UUID.randomUUID().toString());
            sendAndHangUp(token, keys.get(i), bodies.get(i));
        }

        for (int i = 0; i < SENDERS; i++) {
            String reference = (String) bodies.get(i).get("reference");
            awaitStored(reference, Duration.ofSeconds(20));
            Response retry = as(MISSION_OFFICER).header("Idempotency-Key", keys.get(i)).body(bodies.get(i)).post("/api/seizures");
            assertThat(retry.statusCode()).isEqualTo(201);
            assertThat(retry.header("Idempotent-Replayed")).as("the retry of %s replays the write", reference).isEqualTo("true");
            assertThat(retry.jsonPath().getList("items")).hasSize(2);
        }
    }

    private static void sendAndHangUp(String token, String key, Map<String, Object> body) throws Exception {
        byte[] json = new ObjectMapper().writeValueAsBytes(body);
        String head = "POST /api/seizures HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Authorization: Bearer " + token + "\r\nIdempotency-Key: " + key + "\r\nContent-Length: " + json.length + "\r\n\r\n";
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoLinger(true, 0);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(json);
            out.flush();
        }
    }

    private static void awaitStored(String reference, Duration patience) {
        await("seizure " + reference + " stored").atMost(patience).pollInterval(Duration.ofMillis(200))
                .until(() -> !as(ADMIN).queryParam("reference", reference).get("/api/seizures").jsonPath().getList("$").isEmpty());
    }
}
