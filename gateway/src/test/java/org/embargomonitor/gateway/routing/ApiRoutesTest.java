package org.embargomonitor.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.embargomonitor.testing.DemoUser.MISSION_OFFICER;
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
    void shouldNotRouteCallsWithoutAValidToken() {
        RecordingUpstream.Forwarded before = RecordingUpstream.last();
        given().get("/api/seizures").then().statusCode(401);
        given().auth().oauth2(Tokens.forgedToken(MISSION_OFFICER)).get("/api/seizures").then().statusCode(401);
        given().auth().oauth2(Tokens.foreignIssuerToken(MISSION_OFFICER)).get("/api/seizures").then().statusCode(401);
        assertThat(RecordingUpstream.last()).isSameAs(before);
    }
}
