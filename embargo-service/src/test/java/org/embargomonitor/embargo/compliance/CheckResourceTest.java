package org.embargomonitor.embargo.compliance;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.embargomonitor.testing.DemoUser.COMMITTEE_MEMBER;
import static org.embargomonitor.testing.DemoUser.MISSION_OFFICER;
import static org.embargomonitor.testing.DemoUser.MONUSCO_OFFICER;
import static org.embargomonitor.testing.DemoUser.PANEL_EXPERT;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.embargomonitor.testing.DemoUser;
import org.embargomonitor.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** A seizure's compliance check is pending until its version has been checked, then done. */
@QuarkusTest
class CheckResourceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "mp.messaging.incoming.seizure-events.topic")
    String seizureTopic;

    @Test
    void shouldSayPendingUntilTheVersionIsCheckedThenDoneWithinTheCallersScopeOnly() throws Exception {
        Map<String, Object> seizure = SeizureEvents.seizure("CAF", "2021-04-01", "ARMED_GROUP", null);
        String id = seizure.get("id").toString();
        as(MISSION_OFFICER).get("/api/embargo/checks/" + id).then().statusCode(200)
                .body("status", equalTo("PENDING")).body("checkedVersion", nullValue());

        new SeizureEvents(bootstrapServers, seizureTopic).send(seizure);

        await().atMost(Duration.ofSeconds(60)).until(() -> "DONE".equals(as(MISSION_OFFICER).queryParam("version", 0)
                .get("/api/embargo/checks/" + id).then().statusCode(200).extract().path("status")));
        as(PANEL_EXPERT).get("/api/embargo/checks/" + id).then().statusCode(200).body("status", equalTo("DONE"))
                .body("checkedVersion", equalTo(0));
        as(MISSION_OFFICER).queryParam("version", 1).get("/api/embargo/checks/" + id).then().statusCode(200)
                .body("status", equalTo("PENDING")).body("checkedVersion", equalTo(0));
        as(MONUSCO_OFFICER).get("/api/embargo/checks/" + id).then().statusCode(404);
        as(COMMITTEE_MEMBER).get("/api/embargo/checks/" + id).then().statusCode(403);
        as(MISSION_OFFICER).queryParam("version", -1).get("/api/embargo/checks/" + id).then().statusCode(400)
                .body("errors[0].field", equalTo("version"));
        as(MISSION_OFFICER).get("/api/embargo/checks/" + UUID.randomUUID()).then().statusCode(200).body("status", equalTo("PENDING"));
    }

    private static RequestSpecification as(DemoUser user) {
        return given().auth().oauth2(Tokens.accessToken(user));
    }
}
