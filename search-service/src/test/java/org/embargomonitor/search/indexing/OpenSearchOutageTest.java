package org.embargomonitor.search.indexing;

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

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.embargomonitor.search.TestKafka;
import org.embargomonitor.testing.FaultyLinkResource;
import org.embargomonitor.testing.LocalServers;
import org.embargomonitor.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * OpenSearch away for longer than the connector's old limit on unacknowledged records (60 s): the link between
 * the service and the shared OpenSearch is cut, not the server. Indexing pauses and says so, nothing goes to the
 * dead-letter topic, and every event is indexed once the link is back.
 */
@QuarkusTest
@TestProfile(OpenSearchOutageTest.ThroughAFaultyLink.class)
class OpenSearchOutageTest {

    private static final Duration OUTAGE = Duration.ofSeconds(75);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "mp.messaging.incoming.seizure-events.topic")
    String topic;

    public static class ThroughAFaultyLink implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(FaultyLinkResource.class,
                    Map.of("port", String.valueOf(LocalServers.OPENSEARCH), "property", "search.opensearch.url", "url", "http://127.0.0.1:{port}")));
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pipeline.outage-recheck", "1s");
        }
    }

    @Test
    void shouldPauseSayWhyAndIndexEveryEventOnceOpenSearchIsBackAfterALongOutage() throws Exception {
        String marker = "m" + UUID.randomUUID().toString().replace("-", "");
        String before = UUID.randomUUID().toString();
        TestKafka.send(bootstrapServers, topic, before, SeizureIndexingTest.event(before, 0, "Before the outage " + marker));
        SeizureIndexingTest.awaitSearch(ADMIN, marker, r -> r.getInt("total") == 1);
        long deadLettersBefore = deadLetters();

        FaultyLinkResource.link().cut();
        List<String> during = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String id = UUID.randomUUID().toString();
            during.add(id);
            TestKafka.send(bootstrapServers, topic, id, SeizureIndexingTest.event(id, 0, "During the outage " + marker));
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> given().get("/q/health/ready")
                .then().statusCode(503).body(containsString("paused: OpenSearch has not answered since")));
        await().during(OUTAGE).atMost(OUTAGE.plusSeconds(30)).pollInterval(Duration.ofSeconds(5))
                .untilAsserted(() -> given().get("/q/health/live").then().statusCode(200));
        FaultyLinkResource.link().restore();

        JsonPath all = SeizureIndexingTest.awaitSearch(ADMIN, marker, r -> r.getInt("total") == 6, Duration.ofSeconds(90));
        assertThat(all.getList("hits.id", String.class)).containsAll(during).contains(before);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/health/ready").then().statusCode(200));
        assertThat(deadLetters()).isEqualTo(deadLettersBefore);
    }

    private long deadLetters() {
        return given().auth().oauth2(Tokens.accessToken(ADMIN)).get("/api/search/pipeline").then().statusCode(200).extract()
                .jsonPath().getLong("channels.find { it.channel == 'seizure-events' }.deadLetteredSinceStart");
    }
}
