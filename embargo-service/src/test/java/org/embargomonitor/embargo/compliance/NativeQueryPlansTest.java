package org.embargomonitor.embargo.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;
import org.hibernate.stat.QueryStatistics;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;

/**
 * What Hibernate does with the plans of queries sent again and again, which the checks and the outbox relay are
 * written around: the plan of an HQL query is found again, a native select's never is (each one sent adds a plan to
 * the cache, and every lookup of the same SQL walks all of them: 10% of a re-evaluation's processor time when the
 * marks' locks were native selects), and a native statement run for its effect stays out of the select plans and
 * answers the rows it selected (how the relay tries its lock). When an upgrade of Hibernate finds native selects again,
 * the second test fails, and native selects may come back on the paths run per record.
 */
@QuarkusTest
class NativeQueryPlansTest {

    private static final int TIMES = 5;

    @Inject
    Mutiny.SessionFactory sessions;

    @Inject
    ItemMarks marks;

    @Test
    void shouldFindThePlanOfAnHqlQuerySentAgain() {
        String hql = "select count(r) from Regime r where r.code <> 'NONE'";
        PlanLookups lookups = sendRepeatedly(hql, session -> session.createSelectionQuery(hql, Long.class).getSingleResult());

        assertThat(lookups.hits()).isGreaterThanOrEqualTo(TIMES);
        assertThat(lookups.misses()).isZero();
    }

    @Test
    void shouldNeverFindThePlanOfANativeSelectSentAgain() {
        String sql = "select count(*) from regime where code <> 'NONE'";
        PlanLookups lookups = sendRepeatedly(sql, session -> session.createNativeQuery(sql, Object.class).getSingleResult());

        assertThat(lookups.hits()).isZero();
        assertThat(lookups.misses()).isEqualTo(TIMES);
    }

    @Test
    void shouldLeaveTheSelectPlansAloneWhenANativeStatementIsRunForItsEffect() {
        String sql = "select pg_advisory_xact_lock(?1, ?2), pg_advisory_xact_lock(?1, ?3)";
        PlanLookups lookups = sendRepeatedly(sql, session -> session.withTransaction(transaction -> session.createNativeQuery(sql)
                .setParameter(1, 7).setParameter(2, 1).setParameter(3, 2).executeUpdate()));

        assertThat(lookups.hits()).isZero();
        assertThat(lookups.misses()).isZero();
    }

    @Test
    void shouldAnswerTheRowsThatAStatementRunForItsEffectSelected() {
        int taken = sessions.withTransaction(session -> session.createNativeQuery("select 1 where pg_try_advisory_xact_lock(7)")
                .executeUpdate()).await().indefinitely();
        int none = sessions.withTransaction(session -> session.createNativeQuery("select 1 where false").executeUpdate())
                .await().indefinitely();

        assertThat(taken).as("the lock was free").isEqualTo(1);
        assertThat(none).isZero();
    }

    @Test
    void shouldReadTheLinksOfAnyNumberOfSeizuresCheckedTogetherWithTheSameTwoPlans() {
        linksOf(1);
        QueryStatistics lots = sessions.getStatistics().getQueryStatistics(ItemMarks.LinkQuery.LOTS);
        QueryStatistics serials = sessions.getStatistics().getQueryStatistics(ItemMarks.LinkQuery.SERIALS);
        long misses = lots.getPlanCacheMissCount() + serials.getPlanCacheMissCount();
        long hits = lots.getPlanCacheHitCount() + serials.getPlanCacheHitCount();

        for (int seizures : List.of(2, 20, 50)) {
            linksOf(seizures);
        }

        assertThat(lots.getPlanCacheMissCount() + serials.getPlanCacheMissCount()).as("no new plan").isEqualTo(misses);
        assertThat(lots.getPlanCacheHitCount() + serials.getPlanCacheHitCount() - hits).as("a lot and a serial query per 32 seizures")
                .isGreaterThanOrEqualTo(2 + 2 + 4);
    }

    /** Reads the links of this many seizures of one item each, of a lot and a serial of their own. */
    private void linksOf(int count) {
        List<SeizureFacts> seizures = IntStream.range(0, count).mapToObj(n -> {
            String lot = "PLAN" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
            SeizureFacts.Item rifle = new SeizureFacts.Item(UUID.randomUUID(), 1, "SMALL_ARM", "Zastava", "M70", "7.62x39mm", "PL-" + n,
                    "PL" + n, 1, null, null, null, null, null, null, lot, lot, "INTACT", "RECORDED", null, null);
            return new SeizureFacts(UUID.randomUUID(), "TEST-PLAN", "MINUSCA", OffsetDateTime.parse("2024-02-01T10:00:00Z"), "CAF",
                    null, null, "SEIZED", null, List.of(rifle), 0, null, null, null);
        }).toList();
        assertThat(sessions.withSession(session -> marks.relatedTo(marks.linksOf(seizures))).await().indefinitely()).hasSize(count);
    }

    private record PlanLookups(long hits, long misses) {
    }

    /** Sends a query once, then a few times more; answers how often its plan was then looked up in the cache and found, or not. */
    private PlanLookups sendRepeatedly(String query, Function<Mutiny.Session, Uni<?>> send) {
        sessions.withSession(session -> send.apply(session).replaceWithVoid()).await().indefinitely();
        QueryStatistics statistics = sessions.getStatistics().getQueryStatistics(query);
        long hits = statistics.getPlanCacheHitCount();
        long misses = statistics.getPlanCacheMissCount();
        for (int i = 0; i < TIMES; i++) {
            sessions.withSession(session -> send.apply(session).replaceWithVoid()).await().indefinitely();
        }
        return new PlanLookups(statistics.getPlanCacheHitCount() - hits, statistics.getPlanCacheMissCount() - misses);
    }
}
