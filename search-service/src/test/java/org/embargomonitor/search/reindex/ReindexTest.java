package org.embargomonitor.search.reindex;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.embargomonitor.testing.DemoUser.ADMIN;
import static org.embargomonitor.testing.DemoUser.PANEL_EXPERT;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.embargomonitor.search.TestRecords;
import org.embargomonitor.search.opensearch.RecordsIndex;
import org.embargomonitor.search.query.IndexedRecord;
import org.embargomonitor.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.opensearch.client.opensearch.OpenSearchAsyncClient;
import org.opensearch.client.opensearch._types.Conflicts;
import org.opensearch.client.opensearch._types.Refresh;
import org.opensearch.client.opensearch._types.VersionType;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;

/** A full reindex against the real OpenSearch: an index of the previous mapping is copied and the aliases switched. */
@QuarkusTest
class ReindexTest {

    @Inject
    OpenSearchAsyncClient openSearch;

    @Inject
    RecordsIndex index;

    @Test
    void shouldCopyAnIndexOfThePreviousMappingIntoANewOneAndSwitchSearchesToIt() throws Exception {
        String legacy = index.alias() + "-v2-legacy-" + System.nanoTime();
        openSearch.indices().create(c -> c.index(legacy).mappings(m -> m.properties("id", p -> p.keyword(k -> k))
                .properties("narrative", p -> p.text(t -> t)).properties("operation", p -> p.keyword(k -> k))
                .properties("countryCode", p -> p.keyword(k -> k)))).get();
        String marker = TestRecords.marker();
        Map<String, Object> before = Map.of("id", "legacy-" + marker, "narrative", "Indexed before the join " + marker,
                "operation", "MINUSCA", "countryCode", "CAF");
        openSearch.index(i -> i.index(legacy).id("legacy-" + marker).document(before).version(4L).versionType(VersionType.External)
                .refresh(Refresh.True)).get();
        index.pointBothAt(legacy);

        var started = given().auth().oauth2(Tokens.accessToken(ADMIN)).post("/api/search/reindex")
                .then().statusCode(202).body("source", equalTo(legacy)).body("state", equalTo("COPYING")).extract().jsonPath();
        String target = started.getString("target");
        assertThat(index.indicesOf(index.writeAlias())).containsExactly(target);
        IndexedRecord during = TestRecords.index(openSearch, index, TestRecords.record("MINUSCA", "CAF", "Written during the copy " + marker));

        JsonPath done = awaitDone();
        assertThat(done.getInt("percent")).isEqualTo(100);
        assertThat(index.indicesOf(index.alias())).isEqualTo(Set.of(target));
        assertThat(index.isCurrentVersion(target)).isTrue();
        openSearch.indices().refresh(r -> r.index(target)).get();
        given().auth().oauth2(Tokens.accessToken(ADMIN)).queryParam("q", marker).get("/api/search").then().statusCode(200)
                .body("total", equalTo(2));
        var copied = openSearch.get(g -> g.index(target).id("legacy-" + marker), Map.class).get();
        assertThat(copied.version()).isEqualTo(4L);
        assertThat(during.id()).isNotNull();
    }

    @Inject
    Reindexing reindexing;

    @Test
    void shouldGiveTheSearchedIndexTheRefreshIntervalOfTheCurrentDefinitionAtTheStart() throws Throwable {
        String searched = index.indicesOf(index.alias()).iterator().next();
        openSearch.indices().putSettings(p -> p.index(searched).settings(s -> s.refreshInterval(t -> t.time("1s")))).get();

        reindexing.ensureCurrent();

        String interval = openSearch.indices().getSettings(g -> g.index(searched)).get().result().get(searched).settings().index()
                .refreshInterval().time();
        assertThat(interval).isEqualTo(index.definition().at("/settings/refresh_interval").asText()).isEqualTo("200ms");
    }

    @Test
    void shouldFollowTheCopyTaskOfAReindexLeftByAStoppedReplicaAndSwitchSearchesWhenItEnds() throws Throwable {
        String legacy = index.alias() + "-v2-left-" + System.nanoTime();
        openSearch.indices().create(c -> c.index(legacy).mappings(m -> m.properties("id", p -> p.keyword(k -> k))
                .properties("narrative", p -> p.text(t -> t)))).get();
        String marker = TestRecords.marker();
        openSearch.index(i -> i.index(legacy).id("left-" + marker).document(Map.of("id", "left-" + marker, "narrative", marker))
                .refresh(Refresh.True)).get();
        index.pointBothAt(legacy);
        String target = index.createIndex();
        index.point(index.writeAlias(), target);
        String task = openSearch.reindex(r -> r.source(src -> src.index(legacy)).dest(d -> d.index(target).versionType(VersionType.External))
                .conflicts(Conflicts.Proceed).waitForCompletion(false)).get().task();
        UUID id = UUID.randomUUID();
        execute("insert into reindex (id, source, target, reason, started_at) values ('" + id + "', '" + legacy + "', '" + target
                + "', 'left by a stopped replica', now())");
        execute("insert into job (id, kind, description, status, submitted_by, submitted_at, claimed_by, lease_until, attempts,"
                + " checkpoint) values ('" + id + "', 'reindex', 'Reindex', 'RUNNING', 'platform.admin', now(), 'stopped/1',"
                + " now() - interval '1 second', 1, '" + task + "')");

        JsonPath done = awaitDone();

        assertThat(done.getString("id")).isEqualTo(id.toString());
        assertThat(index.indicesOf(index.alias())).isEqualTo(Set.of(target));
        assertThat(openSearch.get(g -> g.index(target).id("left-" + marker), Map.class).get().found()).isTrue();
        String followed = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> Panache.getSession().flatMap(session -> session
                .createNativeQuery("select checkpoint from job where id = '" + id + "'", String.class).getSingleResult())));
        assertThat(followed).as("the same copy task followed, none started again").isEqualTo(task);
    }

    private static void execute(String sql) throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> Panache.getSession()
                .flatMap(session -> session.createNativeQuery(sql).executeUpdate())));
    }

    @Test
    void shouldLetOnlyAdminsReindex() {
        given().auth().oauth2(Tokens.accessToken(PANEL_EXPERT)).post("/api/search/reindex").then().statusCode(403);
        given().auth().oauth2(Tokens.accessToken(PANEL_EXPERT)).get("/api/search/reindex").then().statusCode(403);
    }

    private JsonPath awaitDone() {
        JsonPath last = await("the reindex to finish").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> given().auth().oauth2(Tokens.accessToken(ADMIN)).get("/api/search/reindex").then().statusCode(200)
                        .extract().jsonPath(), reindex -> !"COPYING".equals(reindex.getString("state")));
        assertThat(last.getString("state")).as(last.prettify()).isEqualTo("DONE");
        return last;
    }
}
