package org.embargomonitor.embargo.compliance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Splits records to be checked at once into sets that take no lock in common, so that their transactions do not wait
 * for each other: records whose marks share a lock, directly or through others, go to the same set, and the groups so
 * formed are spread over the sets, the largest first, each to the set with the fewest records.
 */
final class LockApart {

    private LockApart() {
    }

    static List<List<UUID>> split(List<UUID> records, Map<UUID, Set<Integer>> locksOf, int sets) {
        Map<UUID, UUID> parent = new HashMap<>();
        Map<Integer, UUID> holder = new HashMap<>();
        for (UUID record : records) {
            parent.put(record, record);
            for (int lock : locksOf.getOrDefault(record, Set.of())) {
                UUID other = holder.putIfAbsent(lock, record);
                if (other != null) {
                    parent.put(root(parent, record), root(parent, other));
                }
            }
        }
        Map<UUID, List<UUID>> groups = new LinkedHashMap<>();
        for (UUID record : records) {
            groups.computeIfAbsent(root(parent, record), root -> new ArrayList<>()).add(record);
        }
        List<List<UUID>> split = new ArrayList<>();
        for (int set = 0; set < sets; set++) {
            split.add(new ArrayList<>());
        }
        groups.values().stream().sorted(Comparator.comparingInt(List<UUID>::size).reversed()).forEach(group -> split.stream()
                .min(Comparator.comparingInt(List::size)).orElseThrow().addAll(group));
        split.removeIf(List::isEmpty);
        split.forEach(set -> set.sort(Comparator.naturalOrder()));
        return split;
    }

    private static UUID root(Map<UUID, UUID> parent, UUID record) {
        UUID root = record;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        for (UUID at = record; !at.equals(root);) {
            UUID next = parent.get(at);
            parent.put(at, root);
            at = next;
        }
        return root;
    }
}
