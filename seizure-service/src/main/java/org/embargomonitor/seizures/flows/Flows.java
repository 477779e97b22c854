package org.embargomonitor.seizures.flows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.embargomonitor.platform.security.ReadScope;
import org.embargomonitor.seizures.seizure.Seizure;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

/** Flow lines from the records: items by country of manufacture and by established point of diversion. */
@ApplicationScoped
public class Flows implements PanacheRepositoryBase<Seizure, UUID> {

    private static final Set<String> NONE = Set.of("");
    private static final int RECORDS_PER_LINE = 50;

    /** The flows into seizures of the period within the scope, filtered by the seizures' countries and the items' category. */
    public Uni<List<Flow>> of(ReadScope scope, Set<String> countries, LocalDate from, LocalDate to, String category, boolean withRecords) {
        String sql = "with line as (select f.kind, f.from_country, s.country_code as to_country, s.id as seizure_id, s.reference,"
                + " s.occurred_at, s.latitude, s.longitude, f.category, f.quantity"
                + " from (select 'MANUFACTURE' as kind, i.country_of_manufacture as from_country, i.seizure_id, i.category, i.quantity"
                + "   from item i where i.country_of_manufacture is not null"
                + "   union all select 'DIVERSION', t.diversion_country, i.seizure_id, i.category, i.quantity"
                + "   from tracing_request t join item i on i.id = t.item_id where t.diversion_country is not null) f"
                + " join seizure s on s.id = f.seizure_id"
                + " where s.occurred_at >= :from and s.occurred_at < :until"
                + (countries.isEmpty() ? "" : " and s.country_code in (:countries)")
                + (category == null ? "" : " and f.category = :category")
                + (scope.everything() ? "" : " and (s.operation in (:operations) or s.country_code in (:readable))")
                + "), per_seizure as (select kind, from_country, to_country, seizure_id, reference, occurred_at, latitude, longitude,"
                + " string_agg(distinct category, ', ' order by category) as categories, sum(quantity) as items,"
                + " row_number() over (partition by kind, from_country, to_country order by occurred_at desc, seizure_id) as rank"
                + " from line group by kind, from_country, to_country, seizure_id, reference, occurred_at, latitude, longitude)"
                + " select kind, from_country, to_country, avg(latitude) over w, avg(longitude) over w, sum(items) over w,"
                + " count(*) over w, seizure_id, reference, cast(occurred_at as date), categories, items, rank"
                + " from per_seizure window w as (partition by kind, from_country, to_country)"
                + " order by sum(items) over w desc, kind, from_country, to_country, rank";
        return getSession().flatMap(session -> {
            var query = session.createNativeQuery(sql, Object[].class).setParameter("from", from.atStartOfDay(java.time.ZoneOffset.UTC).toOffsetDateTime())
                    .setParameter("until", to.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toOffsetDateTime());
            if (!countries.isEmpty()) {
                query.setParameter("countries", countries);
            }
            if (category != null) {
                query.setParameter("category", category);
            }
            if (!scope.everything()) {
                query.setParameter("operations", scope.operations().isEmpty() ? NONE : scope.operations())
                        .setParameter("readable", scope.countries().isEmpty() ? NONE : scope.countries());
            }
            return query.getResultList();
        }).map(rows -> lines(rows, withRecords));
    }

    private static List<Flow> lines(List<Object[]> rows, boolean withRecords) {
        Map<String, Flow> lines = new LinkedHashMap<>();
        for (Object[] row : rows) {
            String key = row[0] + "|" + row[1] + "|" + row[2];
            Flow line = lines.computeIfAbsent(key, k -> new Flow(Flow.Kind.valueOf((String) row[0]), (String) row[1], (String) row[2],
                    row[3] == null ? null : ((Number) row[3]).doubleValue(), row[4] == null ? null : ((Number) row[4]).doubleValue(),
                    ((Number) row[5]).longValue(), ((Number) row[6]).longValue(), new ArrayList<>()));
            if (withRecords && ((Number) row[12]).intValue() <= RECORDS_PER_LINE) {
                line.records().add(new Flow.Record((UUID) row[7], (String) row[8], String.valueOf(row[9]), (String) row[10],
                        ((Number) row[11]).longValue()));
            }
        }
        return lines.values().stream().map(f -> withRecords ? f : new Flow(f.kind(), f.fromCountry(), f.toCountry(), f.toLatitude(),
                f.toLongitude(), f.items(), f.seizures(), null)).toList();
    }
}
