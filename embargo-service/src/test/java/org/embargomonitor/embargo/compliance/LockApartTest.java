package org.embargomonitor.embargo.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** Records checked at once go in sets that never wait for each other's locks, and the sets stay about even. */
class LockApartTest {

    @Test
    void shouldPutRecordsSharingALockDirectlyOrThroughOthersInOneSetAndSpreadTheRestEvenly() {
        List<UUID> records = IntStream.range(0, 150).mapToObj(i -> new UUID(0, i)).toList();
        Map<UUID, Set<Integer>> locks = new HashMap<>();
        records.forEach(record -> locks.put(record, new HashSet<>(Set.of(1000 + (int) record.getLeastSignificantBits()))));
        locks.get(records.get(0)).add(1);
        locks.get(records.get(77)).addAll(Set.of(1, 2));
        locks.get(records.get(149)).add(2);
        locks.remove(records.get(5));

        List<List<UUID>> sets = LockApart.split(records, locks, 3);

        assertThat(sets).hasSize(3);
        assertThat(sets.stream().flatMap(List::stream)).containsExactlyInAnyOrderElementsOf(records);
        assertThat(sets).filteredOn(set -> set.contains(records.get(0))).singleElement()
                .satisfies(set -> assertThat(set).contains(records.get(77), records.get(149)));
        assertThat(sets).allSatisfy(set -> assertThat(set).hasSize(50).isSorted());
        for (int a = 0; a < sets.size(); a++) {
            for (int b = a + 1; b < sets.size(); b++) {
                assertThat(locksOf(sets.get(a), locks)).doesNotContainAnyElementsOf(locksOf(sets.get(b), locks));
            }
        }
    }

    @Test
    void shouldGiveFewerSetsThanLanesWhenAllRecordsShareALock() {
        List<UUID> records = IntStream.range(0, 10).mapToObj(i -> new UUID(0, i)).toList();
        Map<UUID, Set<Integer>> locks = new HashMap<>();
        records.forEach(record -> locks.put(record, Set.of(7)));

        assertThat(LockApart.split(records, locks, 3)).containsExactly(records);
        assertThat(LockApart.split(List.of(), locks, 3)).isEmpty();
    }

    @Test
    void shouldGiveAnyTwoSerialsCloseEnoughToBeLinkedALockInCommon() {
        for (int range : new int[] { 0, 1, 7, 50 }) {
            for (long serial = -3L * range - 5; serial <= 5L * range + 5; serial++) {
                for (long other = serial - range; other <= serial + range; other++) {
                    Set<Integer> shared = new HashSet<>(serialLocks("KALASHNIKOV|AKM", "KE", serial, range));
                    shared.retainAll(serialLocks("KALASHNIKOV|AKM", "KE", other, range));
                    assertThat(shared).as("serials %d and %d, link range %d", serial, other, range).isNotEmpty();
                }
            }
        }
    }

    @Test
    void shouldLetChecksOfSerialsFarApartOrOfAnotherModelOrPrefixGoOnTogether() {
        Set<Integer> akm = serialLocks("KALASHNIKOV|AKM", "KE", 1_000, 50);

        assertThat(akm).hasSizeBetween(2, 3);
        assertThat(akm).doesNotContainAnyElementsOf(serialLocks("KALASHNIKOV|AKM", "KE", 1_300, 50));
        assertThat(akm).doesNotContainAnyElementsOf(serialLocks("NORINCO|TYPE56", "KE", 1_000, 50));
        assertThat(akm).doesNotContainAnyElementsOf(serialLocks("KALASHNIKOV|AKM", "T", 1_000, 50));
    }

    private static Set<Integer> serialLocks(String makeModel, String prefix, long serial, int range) {
        ItemMark mark = new ItemMark();
        mark.makeModel = makeModel;
        mark.serialPrefix = prefix;
        mark.serialNumber = serial;
        return ItemMarks.lockKeysOf(mark, range);
    }

    private static List<Integer> locksOf(List<UUID> set, Map<UUID, Set<Integer>> locks) {
        List<Integer> all = new ArrayList<>();
        set.forEach(record -> all.addAll(locks.getOrDefault(record, Set.of())));
        return all;
    }
}
