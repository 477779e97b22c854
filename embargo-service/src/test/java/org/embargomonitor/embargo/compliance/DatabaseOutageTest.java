package org.embargomonitor.embargo.compliance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.embargomonitor.testing.DemoUser.ADMIN;
import static org.hamcrest.Matchers.containsString;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.embargomonitor.testing.FaultyLinkResource;
import org.embargomonitor.testing.LocalServers;
import org.embargomonitor.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * PostgreSQL away for longer than the connector's old limit on unacknowledged records (60 s): the link between
 * the service and the shared PostgreSQL is cut, not the server. The checks pause and say so, nothing goes to the
 * dead-letter topic, and every seizure is checked once the link is back.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.ThroughAFaultyLink.class)
class DatabaseOutageTest {

    private static final Duration OUTAGE = Duration.ofSeconds(75);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "mp.messaging.incoming.seizure-events.topic")
    String seizureTopic;

    @Inject
    Pool database;

    public static class ThroughAFaultyLink implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(FaultyLinkResource.class,
                    Map.of("port", String.valueOf(LocalServers.POSTGRES), "property", "quarkus.datasource.reactive.url", "url", "postgresql://127.0.0.1:{port}/embargo_test")));
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pipeline.outage-recheck", "1s");
        }
    }

    @Test
    void shouldPauseSayWhyAndCheckEverySeizureOnceTheDatabaseIsBackAfterALongOutage() throws Exception {
        SeizureEvents events = new SeizureEvents(bootstrapServers, seizureTopic);
        Map<String, Object> before = SeizureEvents.seizure("CAF", "2020-05-01", "ARMED_GROUP", null);
        events.send(before);
        await().atMost(Duration.ofSeconds(60)).until(() -> checked(List.of(UUID.fromString(before.get("id").toString()))) == 1);
        long deadLettersBefore = deadLetters();

        FaultyLinkResource.link().cut();
        List<UUID> during = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Map<String, Object> seizure = SeizureEvents.seizure("CAF", "2020-05-0" + (i + 2), "ARMED_GROUP", "Unidentified armed men");
            during.add(UUID.fromString(seizure.get("id").toString()));
            events.send(seizure);
        }
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> given().get("/q/health/ready")
                .then().statusCode(503).body(containsString("paused: PostgreSQL has not answered since")));
        await().during(OUTAGE).atMost(OUTAGE.plusSeconds(30)).pollInterval(Duration.ofSeconds(5))
                .untilAsserted(() -> given().get("/q/health/live").then().statusCode(200));
        FaultyLinkResource.link().restore();

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).until(() -> checked(during) == during.size());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/health/ready").then().statusCode(200));
        assertThat(deadLetters()).isEqualTo(deadLettersBefore);
    }

    private int checked(List<UUID> ids) {
        return database.preparedQuery("select count(*) from seizure_record where id = any($1)")
                .execute(Tuple.of(ids.toArray(UUID[]::new)))
                .map(rows -> rows.iterator().next().getInteger(0))
                .onFailure().recoverWithItem(0)
                .await().atMost(Duration.ofSeconds(10));
    }

    private long deadLetters() {
        return given().auth().oauth2(Tokens.accessToken(ADMIN)).get("/api/embargo/pipeline").then().statusCode(200).extract()
                .jsonPath().getLong("channels.find { it.channel == 'seizure-events' }.deadLetteredSinceStart");
    }
}
