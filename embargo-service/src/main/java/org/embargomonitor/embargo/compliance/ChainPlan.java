package org.embargomonitor.embargo.compliance;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Which supply chain each item of a seizure belongs to, worked out from the chains its linked items belong to: an
 * item linked to no chain starts one, an item linked to several merges them into the oldest, and linked items in no
 * chain yet join it. An item of the seizure that links nothing now keeps the chain it was in.
 *
 * @param chainOfItem the chain of each item of the seizure that is in one
 * @param started     chains to create
 * @param merged      each chain merged away, with the chain it now points to
 * @param joined      linked items in no chain yet, with the chain they join
 */
record ChainPlan(Map<UUID, UUID> chainOfItem, List<SupplyChain> started, Map<UUID, UUID> merged, Map<UUID, UUID> joined) {

    /**
     * @param linkedOfItem  the seizure's items, each with the items of other seizures it is linked to
     * @param chainOfMarked the chain each of these items (the seizure's and the linked ones) is in now, if any
     * @param chains        those chains
     */
    static ChainPlan of(Map<UUID, Set<UUID>> linkedOfItem, Map<UUID, UUID> chainOfMarked, Map<UUID, SupplyChain> chains,
            OffsetDateTime now) {
        Map<UUID, SupplyChain> known = new HashMap<>(chains);
        Map<UUID, UUID> parent = new HashMap<>();
        Map<UUID, UUID> rootOfItem = new LinkedHashMap<>();
        List<SupplyChain> started = new ArrayList<>();
        Map<UUID, UUID> current = new HashMap<>(chainOfMarked);
        for (Map.Entry<UUID, Set<UUID>> entry : linkedOfItem.entrySet()) {
            Set<UUID> found = new LinkedHashSet<>();
            if (current.get(entry.getKey()) != null) {
                found.add(current.get(entry.getKey()));
            }
            entry.getValue().stream().map(current::get).filter(Objects::nonNull).forEach(found::add);
            if (found.isEmpty()) {
                if (entry.getValue().isEmpty()) {
                    continue;
                }
                SupplyChain chain = SupplyChain.started(now);
                known.put(chain.id, chain);
                started.add(chain);
                found.add(chain.id);
            }
            UUID first = found.iterator().next();
            found.forEach(chain -> union(parent, known, first, chain));
            rootOfItem.put(entry.getKey(), first);
            current.put(entry.getKey(), first);
            entry.getValue().forEach(other -> current.putIfAbsent(other, first));
        }
        Map<UUID, UUID> chainOfItem = new LinkedHashMap<>();
        rootOfItem.forEach((item, chain) -> chainOfItem.put(item, find(parent, chain)));
        Map<UUID, UUID> merged = new LinkedHashMap<>();
        for (UUID chain : parent.keySet()) {
            UUID root = find(parent, chain);
            if (!root.equals(chain) && chains.containsKey(chain)) {
                merged.put(chain, root);
            }
        }
        Map<UUID, UUID> joined = new LinkedHashMap<>();
        linkedOfItem.forEach((item, linked) -> linked.stream().filter(other -> chainOfMarked.get(other) == null)
                .forEach(other -> joined.put(other, chainOfItem.get(item))));
        return new ChainPlan(chainOfItem, started.stream().filter(chain -> find(parent, chain.id).equals(chain.id)).toList(),
                merged, joined);
    }

    /** Whether the plan starts, merges and joins no chain: it only puts the seizure's items in chains that stay. */
    boolean changesOnlyTheSeizuresMarks() {
        return started.isEmpty() && merged.isEmpty() && joined.isEmpty();
    }

    private static UUID find(Map<UUID, UUID> parent, UUID chain) {
        UUID root = chain;
        while (parent.containsKey(root)) {
            root = parent.get(root);
        }
        return root;
    }

    private static void union(Map<UUID, UUID> parent, Map<UUID, SupplyChain> known, UUID a, UUID b) {
        UUID rootA = find(parent, a);
        UUID rootB = find(parent, b);
        if (rootA.equals(rootB)) {
            return;
        }
        if (known.get(rootA).olderThan(known.get(rootB))) {
            parent.put(rootB, rootA);
        } else {
            parent.put(rootA, rootB);
        }
    }
}
