package org.embargomonitor.embargo.compliance;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.LockMode;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

/** The findings, the decisions taken on them and the name matches experts dismissed. */
@ApplicationScoped
public class Findings implements PanacheRepositoryBase<Finding, UUID> {

    /** What a finding list asks for; null means any. {@code countries} null means every country. */
    public record Criteria(FindingStatus status, Rule rule, String regimeCode, String countryCode, UUID seizureId,
            Set<String> countries) {
    }

    /** One page of the findings that meet the criteria, most recently changed first. */
    public Uni<List<Finding>> page(Criteria criteria, int page, int size) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder hql = new StringBuilder("from Finding where 1 = 1");
        condition(hql, parameters, "status", criteria.status());
        condition(hql, parameters, "rule", criteria.rule());
        condition(hql, parameters, "regimeCode", criteria.regimeCode());
        condition(hql, parameters, "countryCode", criteria.countryCode());
        condition(hql, parameters, "seizureId", criteria.seizureId());
        if (criteria.countries() != null) {
            hql.append(" and countryCode in :countries");
            parameters.put("countries", criteria.countries().isEmpty() ? List.of("") : List.copyOf(criteria.countries()));
        }
        hql.append(" order by updatedAt desc, id");
        return Panache.getSession().flatMap(session -> {
            var query = session.createSelectionQuery(hql.toString(), Finding.class);
            parameters.forEach(query::setParameter);
            return query.setFirstResult(page * size).setMaxResults(size).getResultList();
        });
    }

    private static void condition(StringBuilder hql, Map<String, Object> parameters, String field, Object value) {
        if (value != null) {
            hql.append(" and ").append(field).append(" = :").append(field);
            parameters.put(field, value);
        }
    }

    /** The records' findings, by record, locked until the transaction ends (in id order, as every locking read of them). */
    public Uni<Map<UUID, List<Finding>>> ofRecordsLocked(Collection<UUID> seizureIds) {
        return Panache.getSession().flatMap(session -> session
                .createSelectionQuery("from Finding where seizureId in :ids order by id", Finding.class)
                .setParameter("ids", List.copyOf(seizureIds)).setLockMode(LockMode.PESSIMISTIC_WRITE).getResultList())
                .map(found -> found.stream().collect(Collectors.groupingBy(f -> f.seizureId)));
    }

    /** The decisions on these findings, oldest first, by finding. */
    public Uni<Map<UUID, List<FindingDecision>>> decisionsOf(List<UUID> findingIds) {
        if (findingIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.getSession().flatMap(session -> session
                .createSelectionQuery("from FindingDecision where findingId in :ids order by decidedAt", FindingDecision.class)
                .setParameter("ids", findingIds).getResultList())
                .map(all -> all.stream().collect(Collectors.groupingBy(d -> d.findingId)));
    }

    /** The references of the parties experts said each of these possessors is not, by possessor. */
    public Uni<Map<String, Set<String>>> dismissedPartiesOf(Collection<String> possessorKeys) {
        if (possessorKeys.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.getSession().flatMap(session -> session.createSelectionQuery(
                "select possessorNormalised, partyReference from DismissedNameMatch where possessorNormalised in :keys", Object[].class)
                .setParameter("keys", List.copyOf(possessorKeys)).getResultList())
                .map(rows -> rows.stream().collect(Collectors.groupingBy(row -> (String) row[0],
                        Collectors.mapping(row -> (String) row[1], Collectors.toSet()))));
    }
}
