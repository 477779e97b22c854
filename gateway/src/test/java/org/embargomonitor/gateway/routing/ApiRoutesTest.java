package org.embargomonitor.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.embargomonitor.testing.DemoUser.MISSION_OFFICER;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.embargomonitor.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ApiRoutesTest {

    @Test
    void shouldPassTheCallersBearerTokenOnToTheService() {
        String token = Tokens.accessToken(MISSION_OFFICER);
        given().auth().oauth2(token).contentType("application/json").body("{\"reference\":\"R-1\"}")
                .post("/api/seizures?dry=1")
                .then().statusCode(200).body("upstream", equalTo("seizures"));

        RecordingUpstream.Forwarded forwarded = RecordingUpstream.last();
        assertThat(forwarded.method()).isEqualTo("POST");
        assertThat(forwarded.path()).isEqualTo("/api/seizures?dry=1");
        assertThat(forwarded.authorization()).isEqualTo("Bearer " + token);
        assertThat(forwarded.body()).isEqualTo("{\"reference\":\"R-1\"}");
    }

    @Test
    void shouldTellTheServiceWhereTheCallerReachedThePlatformSoThatItsLocationHeadersNameTheGateway() {
        String token = Tokens.accessToken(MISSION_OFFICER);
        given().auth().oauth2(token).header("Host", "embargo.example.org").get("/api/seizures").then().statusCode(200);
        assertThat(RecordingUpstream.last().forwardedHost()).isEqualTo("embargo.example.org");
        assertThat(RecordingUpstream.last().forwardedProto()).isEqualTo("http");

        // behind an ingress that terminates TLS, as in k8s/: what the ingress saw is passed on
        given().auth().oauth2(token).header("X-Forwarded-Host", "embargo.un.org").header("X-Forwarded-Proto", "https")
                .get("/api/seizures").then().statusCode(200);
        assertThat(RecordingUpstream.last().forwardedHost()).isEqualTo("embargo.un.org");
        assertThat(RecordingUpstream.last().forwardedProto()).isEqualTo("https");
    }

    @Test
    void shouldSendARequestAgainOnAFreshConnectionWhenTheServiceClosedTheOneReusedButNeverAPostWithoutIdempotencyKey() {
        String token = Tokens.accessToken(MISSION_OFFICER);
        for (int i = 0; i < 20; i++) {
            given().auth().oauth2(token).get("/api/search?q=" + i).then().statusCode(200).body("upstream", equalTo("search"));
            given().auth().oauth2(token).header("Idempotency-Key", "key-" + i).contentType("application/json").body("{}")
                    .post("/api/search/batches").then().statusCode(200).body("upstream", equalTo("search"));
        }
        int failed = 0;
        for (int i = 0; i < 20; i++) {
            int status = given().auth().oauth2(token).contentType("application/json").body("{}").post("/api/search/batches")
                    .then().extract().statusCode();
            if (status != 200) {
                failed++;
                given().auth().oauth2(token).contentType("application/json").body("{}").post("/api/search/batches")
                        .then().statusCode(200);
            }
        }
        assertThat(failed).as("POSTs without a key that met a closed connection answered 502, not sent twice").isPositive();
    }

    @Test
    void shouldAnswerProblemJsonNamingTheServiceWhenItCannotBeReached() {
        given().auth().oauth2(Tokens.accessToken(MISSION_OFFICER)).get("/api/embargo/regimes")
                .then().statusCode(503).contentType("application/problem+json").header("Retry-After", "5")
                .body("status", equalTo(503)).body("service", equalTo("embargo"))
                .body("detail", equalTo("The embargo service is not answering. Try again in a moment."));
    }

    @Test
    void shouldRefuseABodyLargerThanTheServiceTakesWithProblemJsonBeforePassingItOn() {
        RecordingUpstream.Forwarded before = RecordingUpstream.last();
        given().auth().oauth2(Tokens.accessToken(MISSION_OFFICER)).contentType("application/octet-stream")
                .body(new byte[65 * 1024 * 1024]).post("/api/seizures/imports")
                .then().statusCode(413).contentType("application/problem+json").body("status", equalTo(413))
                .body("service", equalTo("seizures")).body("detail", containsString("at most 67108864"));
        assertThat(RecordingUpstream.last()).isSameAs(before);
    }

    @Test
    void shouldRelayAServicesBareRefusalAsProblemJson() {
        given().auth().oauth2(Tokens.accessToken(MISSION_OFFICER)).get("/api/seizures?bare=414")
                .then().statusCode(414).contentType("application/problem+json").body("status", equalTo(414))
                .body("detail", containsString("longer than the seizures service takes"));
        given().auth().oauth2(Tokens.accessToken(MISSION_OFFICER)).get("/api/seizures?bare=413")
                .then().statusCode(413).contentType("application/problem+json").body("service", equalTo("seizures"));
    }

    @Test
    void shouldNotRouteCallsWithoutAValidToken() {
        RecordingUpstream.Forwarded before = RecordingUpstream.last();
        given().get("/api/seizures").then().statusCode(401);
        given().auth().oauth2(Tokens.forgedToken(MISSION_OFFICER)).get("/api/seizures").then().statusCode(401);
        given().auth().oauth2(Tokens.foreignIssuerToken(MISSION_OFFICER)).get("/api/seizures").then().statusCode(401);
        assertThat(RecordingUpstream.last()).isSameAs(before);
    }
}
