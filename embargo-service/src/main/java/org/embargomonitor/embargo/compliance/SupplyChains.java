package org.embargomonitor.embargo.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.LockMode;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

/** Supply chains and the marks in them. */
@ApplicationScoped
public class SupplyChains implements PanacheRepositoryBase<SupplyChain, UUID> {

    private static final int MEMBERS_SHOWN = 500;

    /**
     * The chain of each of these items, locking their marks until the commit in item order, so that two records
     * linked to the same items join one chain rather than start two.
     */
    Uni<Map<UUID, UUID>> chainsOfLocked(Collection<UUID> itemIds) {
        if (itemIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return getSession().chain(session -> session.createSelectionQuery(
                "select itemId, chainId from ItemMark where itemId in :ids order by itemId", Object[].class)
                .setParameter("ids", List.copyOf(itemIds)).setLockMode(LockMode.PESSIMISTIC_WRITE).getResultList())
                .map(rows -> {
                    Map<UUID, UUID> chains = new HashMap<>();
                    rows.forEach(row -> chains.put((UUID) row[0], (UUID) row[1]));
                    return chains;
                });
    }

    /**
     * Whether none of these chains has been merged into another, holding them until the commit against being merged
     * (a merge updates the chain merged away) but not against being joined.
     */
    Uni<Boolean> unmergedLocked(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(true);
        }
        return getSession().chain(session -> session.createSelectionQuery(
                "select id from SupplyChain where id in :ids and mergedInto is null order by id", UUID.class)
                .setParameter("ids", List.copyOf(ids)).setLockMode(LockMode.PESSIMISTIC_READ).getResultList())
                .map(unmerged -> unmerged.size() == ids.size());
    }

    Uni<Map<UUID, SupplyChain>> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return list("id in ?1", List.copyOf(ids)).map(chains -> {
            Map<UUID, SupplyChain> byId = new HashMap<>();
            chains.forEach(chain -> byId.put(chain.id, chain));
            return byId;
        });
    }

    /** Creates, merges and joins as planned. */
    Uni<Void> apply(ChainPlan plan) {
        Uni<Void> done = plan.started().isEmpty() ? Uni.createFrom().voidItem()
                : persist(plan.started()).chain(() -> getSession()).chain(session -> session.flush());
        for (Map.Entry<UUID, UUID> merge : plan.merged().entrySet()) {
            done = done.chain(() -> update("mergedInto = ?1 where id = ?2 or mergedInto = ?2", merge.getValue(), merge.getKey()))
                    .chain(() -> getSession()).chain(session -> session
                            .createMutationQuery("update ItemMark set chainId = :survivor where chainId = :merged")
                            .setParameter("survivor", merge.getValue()).setParameter("merged", merge.getKey()).executeUpdate())
                    .replaceWithVoid();
        }
        Map<UUID, List<UUID>> joining = new HashMap<>();
        plan.joined().forEach((item, chain) -> joining.computeIfAbsent(chain, c -> new ArrayList<>()).add(item));
        for (Map.Entry<UUID, List<UUID>> join : joining.entrySet()) {
            done = done.chain(() -> getSession()).chain(session -> session
                    .createMutationQuery("update ItemMark set chainId = :chain where itemId in :items")
                    .setParameter("chain", join.getKey()).setParameter("items", join.getValue()).executeUpdate())
                    .replaceWithVoid();
        }
        return done;
    }

    /** The chain, or the chain it was merged into. */
    Uni<SupplyChain> current(UUID id) {
        return findById(id).flatMap(chain -> chain == null || chain.mergedInto == null ? Uni.createFrom().item(chain)
                : findById(chain.mergedInto));
    }

    /** The chains merged into this one. */
    Uni<List<UUID>> mergedInto(UUID id) {
        return getSession().chain(session -> session.createSelectionQuery(
                "select id from SupplyChain where mergedInto = :id order by createdAt", UUID.class).setParameter("id", id).getResultList());
    }

    /** Per country: items, seizures, first and last seizure date. */
    Uni<List<CountryRow>> countries(UUID chain) {
        return getSession().chain(session -> session.createSelectionQuery("""
                select countryCode, count(*), count(distinct seizureId), min(seizedOn), max(seizedOn)
                from ItemMark where chainId = :chain group by countryCode order by count(*) desc, countryCode""", CountryRow.class)
                .setParameter("chain", chain).getResultList());
    }

    record CountryRow(String countryCode, long items, long seizures, LocalDate firstSeen, LocalDate lastSeen) {
    }

    /** The embargoes the chain's items fell under. */
    Uni<List<String>> regimes(UUID chain) {
        return getSession().chain(session -> session.createSelectionQuery(
                "select distinct embargoRegime from ItemMark where chainId = :chain and embargoRegime is not null order by embargoRegime",
                String.class).setParameter("chain", chain).getResultList());
    }

    /** The lots shared in the chain, most items first. */
    Uni<List<LotRow>> lots(UUID chain) {
        return getSession().chain(session -> session.createSelectionQuery("""
                select lotNormalised, min(lotAsRead), count(*) from ItemMark where chainId = :chain and lotNormalised is not null
                group by lotNormalised order by count(*) desc, lotNormalised""", LotRow.class)
                .setParameter("chain", chain).setMaxResults(50).getResultList());
    }

    record LotRow(String lot, String asRead, long items) {
    }

    /** The serial ranges in the chain, per make, model and prefix. */
    Uni<List<SerialRow>> serials(UUID chain) {
        return getSession().chain(session -> session.createSelectionQuery("""
                select makeModel, serialPrefix, min(serialNumber), max(serialNumber), count(*) from ItemMark
                where chainId = :chain and serialNumber is not null
                group by makeModel, serialPrefix order by count(*) desc, makeModel""", SerialRow.class)
                .setParameter("chain", chain).setMaxResults(50).getResultList());
    }

    record SerialRow(String makeModel, String prefix, long lowest, long highest, long items) {
    }

    /** The chain's items in these countries (all when null), in order of seizure. */
    Uni<List<ItemMark>> members(UUID chain, Collection<String> countries) {
        return inCountries("from ItemMark where chainId = :chain%s order by seizedOn, seizureReference, itemId", ItemMark.class,
                Map.of("chain", chain), countries, MEMBERS_SHOWN);
    }

    /** The chains the seizure's items are in, when the seizure is in these countries (any when null). */
    Uni<List<UUID>> ofSeizure(UUID seizureId, Collection<String> countries) {
        return inCountries("select distinct chainId from ItemMark where seizureId = :seizure and chainId is not null%s", UUID.class,
                Map.of("seizure", seizureId), countries, Integer.MAX_VALUE);
    }

    /** The largest chains with items in these countries (all when null). */
    Uni<List<UUID>> largest(Collection<String> countries, int limit) {
        return inCountries("select chainId from ItemMark where chainId is not null%s group by chainId order by count(*) desc, chainId",
                UUID.class, Map.of(), countries, limit);
    }

    /** A query of item marks, its %s filled with a condition on their countries when some are given. */
    private <T> Uni<List<T>> inCountries(String hql, Class<T> type, Map<String, Object> parameters, Collection<String> countries,
            int limit) {
        return getSession().chain(session -> {
            var query = session.createSelectionQuery(hql.formatted(countries == null ? "" : " and countryCode in :countries"), type);
            parameters.forEach(query::setParameter);
            if (countries != null) {
                query.setParameter("countries", List.copyOf(countries));
            }
            return query.setMaxResults(limit).getResultList();
        });
    }
}
