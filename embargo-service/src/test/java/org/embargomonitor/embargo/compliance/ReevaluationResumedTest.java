package org.embargomonitor.embargo.compliance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.embargomonitor.testing.DemoUser.ADMIN;
import static org.embargomonitor.testing.DemoUser.MISSION_OFFICER;
import static org.embargomonitor.testing.DemoUser.PANEL_EXPERT;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.embargomonitor.testing.DemoUser;
import org.embargomonitor.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.smallrye.mutiny.Uni;

@QuarkusTest
class ReevaluationResumedTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "mp.messaging.incoming.seizure-events.topic")
    String seizureTopic;

    @Test
    void shouldResumeAReevaluationLeftByAStoppedReplicaAfterTheLastRecordItSaved() throws Exception {
        int before = storedIds().size();
        SeizureEvents events = new SeizureEvents(bootstrapServers, seizureTopic);
        for (int i = 0; i < 6; i++) {
            Map<String, Object> seizure = SeizureEvents.seizure("CAF", "2020-03-0" + (i + 1), "ARMED_GROUP", null);
            events.send(seizure);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> storedIds().size() == before + 6);
        List<UUID> ids = storedIds();
        UUID checkpoint = ids.get(ids.size() / 2);
        long savedBefore = ids.indexOf(checkpoint) + 1;
        UUID job = UUID.randomUUID();
        execute("insert into job (id, kind, description, status, submitted_by, submitted_at, claimed_by, lease_until, attempts,"
                + " total, done, checkpoint, counts) values ('" + job + "', 'reevaluation', 'Left by a stopped replica', 'RUNNING',"
                + " 'platform.admin', now(), 'stopped/1', now() - interval '1 second', 1, " + ids.size() + ", " + savedBefore
                + ", '" + checkpoint + "', '{\"findingsRaised\": 0}')");

        JsonPath done = await().atMost(Duration.ofSeconds(60)).until(
                () -> as(ADMIN).get("/api/embargo/evaluations/" + job).then().statusCode(200).extract().jsonPath(),
                evaluation -> evaluation.getString("status").equals("DONE"));

        long after = ids.size() - savedBefore; // in PostgreSQL's order of uuids, not UUID.compareTo's
        assertThat(done.getLong("recordsDone")).as("the records after the checkpoint, each once").isEqualTo(savedBefore + after);
        assertThat(done.getInt("percentDone")).isEqualTo(100);
        Integer attempts = call(() -> Panache.withSession(() -> Panache.getSession().flatMap(session -> session
                .createNativeQuery("select attempts from job where id = '" + job + "'", Integer.class).getSingleResult())));
        assertThat(attempts).as("resumed by a second start").isEqualTo(2);
        as(MISSION_OFFICER).get("/api/embargo/evaluations/" + job).then().statusCode(403);
        JsonPath jobs = as(ADMIN).get("/api/embargo/jobs").then().statusCode(200).extract().jsonPath();
        assertThat(jobs.getString("find { it.id == '" + job + "' }.kind")).isEqualTo("reevaluation");
        assertThat(jobs.getInt("find { it.id == '" + job + "' }.attempts")).isEqualTo(2);
        assertThat(jobs.getString("find { it.id == '" + job + "' }.claimedBy")).isNotEqualTo("stopped/1");
        as(PANEL_EXPERT).get("/api/embargo/jobs").then().statusCode(403);
    }

    private static RequestSpecification as(DemoUser user) {
        return given().auth().oauth2(Tokens.accessToken(user)).contentType("application/json");
    }

    private static List<UUID> storedIds() throws Exception {
        return call(() -> Panache.withSession(() -> Panache.getSession().flatMap(session -> session
                .createNativeQuery("select id from seizure_record order by id", UUID.class).getResultList())));
    }

    private static void execute(String sql) throws Exception {
        call(() -> Panache.withTransaction(() -> Panache.getSession().flatMap(session -> session.createNativeQuery(sql).executeUpdate())));
    }

    private static <T> T call(Supplier<Uni<T>> work) throws Exception {
        try {
            return VertxContextSupport.subscribeAndAwait(work);
        } catch (Exception e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
