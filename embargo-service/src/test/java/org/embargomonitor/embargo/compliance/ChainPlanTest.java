package org.embargomonitor.embargo.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ChainPlanTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-12-02T10:00:00Z");
    private final UUID item = UUID.randomUUID();
    private final UUID other = UUID.randomUUID();
    private final UUID third = UUID.randomUUID();

    @Test
    void shouldStartAChainForAnItemLinkedToItemsInNoChain() {
        ChainPlan plan = ChainPlan.of(Map.of(item, Set.of(other)), Map.of(), Map.of(), NOW);

        assertThat(plan.started()).singleElement().satisfies(chain -> {
            assertThat(plan.chainOfItem()).containsEntry(item, chain.id);
            assertThat(plan.joined()).containsExactly(Map.entry(other, chain.id));
        });
        assertThat(plan.merged()).isEmpty();
        assertThat(plan.changesOnlyTheSeizuresMarks()).isFalse();
    }

    @Test
    void shouldJoinTheChainOfTheLinkedItemAndBringTheUnchainedOnesIn() {
        SupplyChain chain = chain(NOW.minusDays(3));

        ChainPlan plan = ChainPlan.of(Map.of(item, Set.of(other, third)), Map.of(other, chain.id), Map.of(chain.id, chain), NOW);

        assertThat(plan.started()).isEmpty();
        assertThat(plan.chainOfItem()).containsExactly(Map.entry(item, chain.id));
        assertThat(plan.joined()).containsExactly(Map.entry(third, chain.id));
        assertThat(plan.changesOnlyTheSeizuresMarks()).as("brings another record's item in").isFalse();
    }

    @Test
    void shouldOnlyPutTheSeizuresItemInTheChainItsLinkedItemsAreAllIn() {
        SupplyChain chain = chain(NOW.minusDays(3));

        ChainPlan plan = ChainPlan.of(Map.of(item, Set.of(other, third)), Map.of(other, chain.id, third, chain.id), Map.of(chain.id, chain),
                NOW);

        assertThat(plan.chainOfItem()).containsExactly(Map.entry(item, chain.id));
        assertThat(plan.changesOnlyTheSeizuresMarks()).isTrue();
    }

    @Test
    void shouldMergeTwoChainsAnItemLinksIntoTheOlder() {
        SupplyChain older = chain(NOW.minusDays(30));
        SupplyChain newer = chain(NOW.minusDays(1));
        UUID secondItem = UUID.randomUUID();
        Map<UUID, Set<UUID>> linked = new LinkedHashMap<>();
        linked.put(item, Set.of(third, other));
        linked.put(secondItem, Set.of(third));

        ChainPlan plan = ChainPlan.of(linked, Map.of(third, newer.id, other, older.id), Map.of(older.id, older, newer.id, newer), NOW);

        assertThat(plan.merged()).containsExactly(Map.entry(newer.id, older.id));
        assertThat(plan.chainOfItem()).containsEntry(item, older.id).containsEntry(secondItem, older.id);
        assertThat(plan.started()).isEmpty();
        assertThat(plan.joined()).isEmpty();
        assertThat(plan.changesOnlyTheSeizuresMarks()).isFalse();
    }

    @Test
    void shouldPutTwoItemsOfOneLotInOneNewChain() {
        UUID secondItem = UUID.randomUUID();
        Map<UUID, Set<UUID>> linked = new LinkedHashMap<>();
        linked.put(item, Set.of(other, third));
        linked.put(secondItem, Set.of(other, third));

        ChainPlan plan = ChainPlan.of(linked, Map.of(), Map.of(), NOW);

        assertThat(plan.started()).hasSize(1);
        assertThat(plan.chainOfItem()).containsEntry(item, plan.started().get(0).id).containsEntry(secondItem, plan.started().get(0).id);
        assertThat(plan.joined()).containsOnlyKeys(other, third).containsValue(plan.started().get(0).id);
    }

    @Test
    void shouldKeepChainsApartWhenNoItemLinksBoth() {
        SupplyChain older = chain(NOW.minusDays(30));
        SupplyChain newer = chain(NOW.minusDays(1));
        UUID secondItem = UUID.randomUUID();
        Map<UUID, Set<UUID>> linked = new LinkedHashMap<>();
        linked.put(item, Set.of(third));
        linked.put(secondItem, Set.of(other));

        ChainPlan plan = ChainPlan.of(linked, Map.of(third, newer.id, other, older.id), Map.of(older.id, older, newer.id, newer), NOW);

        assertThat(plan.merged()).isEmpty();
        assertThat(plan.chainOfItem()).containsEntry(item, newer.id).containsEntry(secondItem, older.id);
    }

    @Test
    void shouldKeepTheChainOfAnItemThatLinksNothingNow() {
        SupplyChain chain = chain(NOW.minusDays(3));
        Map<UUID, UUID> chains = new HashMap<>();
        chains.put(item, chain.id);

        ChainPlan plan = ChainPlan.of(Map.of(item, Set.of()), chains, Map.of(chain.id, chain), NOW);

        assertThat(plan.chainOfItem()).containsExactly(Map.entry(item, chain.id));
        assertThat(plan.started()).isEmpty();
    }

    @Test
    void shouldLeaveAnItemLinkedToNothingOutOfEveryChain() {
        ChainPlan plan = ChainPlan.of(Map.of(item, Set.of()), Map.of(), Map.of(), NOW);

        assertThat(plan.chainOfItem()).isEmpty();
        assertThat(plan.started()).isEmpty();
    }

    private static SupplyChain chain(OffsetDateTime createdAt) {
        return SupplyChain.started(createdAt);
    }
}
