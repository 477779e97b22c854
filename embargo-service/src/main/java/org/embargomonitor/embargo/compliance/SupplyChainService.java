package org.embargomonitor.embargo.compliance;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.embargomonitor.platform.problem.ProblemException;
import org.embargomonitor.platform.security.Caller;
import org.embargomonitor.platform.security.ReadScope;
import org.embargomonitor.platform.security.Scopes;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Supply chains: items linked by lot or close serials across seizures form one chain, which grows as records arrive
 * and merges with any other chain a new item links it to. A record raises at most one supply-chain finding per
 * chain, so findings grow with the records, not with the pairs of them.
 */
@ApplicationScoped
public class SupplyChainService {

    private static final int LARGEST = 50;
    private final SupplyChains chains;
    private final Scopes scopes;

    SupplyChainService(SupplyChains chains, Scopes scopes) {
        this.chains = chains;
        this.scopes = scopes;
    }

    /**
     * Puts each item of the seizures in the chain of the items it is linked to; answers each item's chain.
     *
     * @param related     the items linked to each of the seizures' items, with the chain each was in when read
     * @param chainOfOwn  the chain each of the seizures' items is in, as their marks stand
     */
    Uni<Map<UUID, UUID>> assign(List<SeizureFacts> seizures, Map<UUID, List<RelatedItem>> related, Map<UUID, UUID> chainOfOwn) {
        Map<UUID, Set<UUID>> linkedOfItem = new LinkedHashMap<>();
        Set<UUID> marked = new HashSet<>();
        for (SeizureFacts seizure : seizures) {
            for (SeizureFacts.Item item : seizure.items()) {
                Set<UUID> linked = related.getOrDefault(item.id(), List.of()).stream()
                        .filter(other -> !other.seizureId().equals(seizure.id()))
                        .map(RelatedItem::itemId).collect(Collectors.toCollection(LinkedHashSet::new));
                linkedOfItem.put(item.id(), linked);
                marked.add(item.id());
                marked.addAll(linked);
            }
        }
        // first as the marks were read, none locked: a plan that starts, merges and joins no chain writes only the
        // seizures' own marks (no other check links to them unless it shares their locks), and holds while its chains
        // are not merged away, which locking them until the commit ensures. A re-evaluation's plans are such: locking
        // every linked mark took a third of the database's time.
        Map<UUID, UUID> read = new HashMap<>(chainOfOwn);
        related.values().forEach(linked -> linked.forEach(other -> read.putIfAbsent(other.itemId(), other.chainId())));
        return plan(linkedOfItem, read).flatMap(plan -> {
            Set<UUID> named = chainsIn(read);
            Uni<Boolean> holds = plan.changesOnlyTheSeizuresMarks() ? chains.unmergedLocked(named) : Uni.createFrom().item(false);
            return holds.flatMap(held -> held ? Uni.createFrom().item(plan.chainOfItem())
                    : chains.chainsOfLocked(marked).flatMap(locked -> plan(linkedOfItem, locked))
                            .flatMap(lockedPlan -> chains.apply(lockedPlan).replaceWith(lockedPlan.chainOfItem())));
        });
    }

    private Uni<ChainPlan> plan(Map<UUID, Set<UUID>> linkedOfItem, Map<UUID, UUID> chainOfMarked) {
        return chains.byIds(chainsIn(chainOfMarked)).map(known -> ChainPlan.of(linkedOfItem, chainOfMarked, known, OffsetDateTime.now()));
    }

    private static Set<UUID> chainsIn(Map<UUID, UUID> chainOfMarked) {
        return chainOfMarked.values().stream().filter(Objects::nonNull).collect(Collectors.toSet());
    }

    /** One chain as the caller may see it: every figure, and the items in the caller's scope; 404 when none is. */
    @WithSession
    public Uni<SupplyChainView> get(UUID id, Caller caller) {
        ReadScope scope = scopes.readScopeOf(caller);
        return chains.current(id).flatMap(chain -> {
            if (chain == null) {
                return Uni.createFrom().failure(notFound(id));
            }
            return chains.countries(chain.id).flatMap(countries -> {
                if (countries.stream().noneMatch(c -> visible(scope, c.countryCode()))) {
                    return Uni.createFrom().failure(notFound(id));
                }
                return chains.mergedInto(chain.id).flatMap(merged -> chains.regimes(chain.id)
                        .flatMap(regimes -> chains.lots(chain.id)
                                .flatMap(lots -> chains.serials(chain.id)
                                        .flatMap(serials -> chains.members(chain.id, scope.everything() ? null : List.copyOf(scope.countries()))
                                                .map(members -> SupplyChainView.of(chain, merged, countries, regimes, lots, serials,
                                                        members, country -> visible(scope, country)))))));
            });
        });
    }

    /** The chains of one seizure in the caller's scope, or the largest chains with items in it. */
    @WithSession
    public Uni<List<SupplyChainView.Summary>> list(UUID seizureId, Caller caller) {
        ReadScope scope = scopes.readScopeOf(caller);
        List<String> inScope = scope.everything() ? null : List.copyOf(scope.countries());
        Uni<List<UUID>> ids = seizureId != null ? chains.ofSeizure(seizureId, inScope) : chains.largest(inScope, LARGEST);
        return ids.flatMap(found -> Multi.createFrom().iterable(found)
                .onItem().transformToUniAndConcatenate(id -> chains.countries(id)
                        .flatMap(countries -> chains.regimes(id).map(regimes -> SupplyChainView.Summary.of(id, countries, regimes))))
                .collect().asList());
    }

    private static boolean visible(ReadScope scope, String country) {
        return scope.everything() || scope.countries().contains(country);
    }

    private static ProblemException notFound(UUID id) {
        return ProblemException.notFound("No supply chain " + id + " within your scope.");
    }
}
