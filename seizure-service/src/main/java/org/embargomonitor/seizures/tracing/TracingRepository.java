package org.embargomonitor.seizures.tracing;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.embargomonitor.platform.security.ReadScope;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class TracingRepository implements PanacheRepositoryBase<TracingRequest, UUID> {

    /** Matches no operation or country: {@code in} needs at least one value. */
    private static final Set<String> NONE = Set.of("");

    public Uni<List<TracingRequest>> ofSeizure(UUID seizureId) {
        return list("seizureId", Sort.ascending("sentOn", "id"), seizureId);
    }

    public Uni<List<TracingRequest>> ofLetters(List<UUID> letterIds) {
        return list("letterId in ?1", Sort.ascending("sentOn", "id"), letterIds);
    }

    /** Open requests whose due date passed before {@code today}, most overdue first, of seizures within the scope. */
    public Uni<List<TracingRequest>> overdue(ReadScope scope, LocalDate today, String stateCode, int limit) {
        String query = "outcome is null and dueOn < :today" + (stateCode == null ? "" : " and stateCode = :state")
                + (scope.everything() ? "" : " and seizureId in (select s.id from Seizure s where s.operation in :operations"
                        + " or s.countryCode in :countries)");
        Parameters parameters = Parameters.with("today", today);
        if (stateCode != null) {
            parameters.and("state", stateCode);
        }
        if (!scope.everything()) {
            parameters.and("operations", orNone(scope.operations())).and("countries", orNone(scope.countries()));
        }
        return find(query, Sort.ascending("dueOn", "id"), parameters).page(0, limit).list();
    }

    /**
     * Response figures of the requests sent in the period, by State asked or by manufacturer of the item: how many were
     * due (concluded, or past their due date), answered, answered in time, with the median days to an answer and how
     * many answers established the origin or the point of diversion.
     */
    public Uni<List<TracingRate>> rates(ReadScope scope, TracingRate.By by, LocalDate from, LocalDate to, LocalDate today) {
        String key = switch (by) {
            case STATE -> "t.state_code";
            case MANUFACTURER -> "coalesce(nullif(trim(i.manufacturer), ''), nullif(trim(i.make), ''), '')";
        };
        String sql = "select key, count(*), count(*) filter (where not open or due_on < :today),"
                + " count(*) filter (where answered), count(*) filter (where answered and days <= allowed),"
                + " percentile_cont(0.5) within group (order by days) filter (where answered),"
                + " count(*) filter (where established), count(*) filter (where open and due_on < :today)"
                + " from (select " + key + " as key, t.due_on, t.outcome is null as open,"
                + " (t.outcome is not null and t.outcome <> 'NO_RESPONSE' and t.response_received_on is not null) as answered,"
                + " (t.response_received_on - t.sent_on) as days, (t.due_on - t.sent_on) as allowed,"
                + " t.outcome in ('ORIGIN_ESTABLISHED', 'POINT_OF_DIVERSION_IDENTIFIED') as established"
                + " from tracing_request t join seizure s on s.id = t.seizure_id join item i on i.id = t.item_id"
                + " where t.sent_on between :from and :to"
                + (scope.everything() ? "" : " and (s.operation in (:operations) or s.country_code in (:countries))")
                + ") r group by key order by count(*) desc, key";
        return getSession().flatMap(session -> {
            var query = session.createNativeQuery(sql, Object[].class).setParameter("today", today).setParameter("from", from)
                    .setParameter("to", to);
            if (!scope.everything()) {
                query.setParameter("operations", orNone(scope.operations())).setParameter("countries", orNone(scope.countries()));
            }
            return query.getResultList();
        }).map(rows -> rows.stream().map(TracingRate::of).toList());
    }

    private static Set<String> orNone(Set<String> values) {
        return values.isEmpty() ? NONE : values;
    }
}
