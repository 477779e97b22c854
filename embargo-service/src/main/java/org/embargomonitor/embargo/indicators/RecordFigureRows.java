package org.embargomonitor.embargo.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import org.embargomonitor.embargo.compliance.RecordStoredListener;
import org.embargomonitor.embargo.compliance.SeizureFacts;
import org.hibernate.reactive.mutiny.Mutiny;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * The figures of each record (tables record_figures, record_step and record_overdue), replaced whenever a record is
 * stored, and their sums by day for the records a filter selects.
 */
@ApplicationScoped
public class RecordFigureRows implements RecordStoredListener {

    private static final String FIGURE_COLUMNS = "seizure_id, country_code, operation, occurred_on, last_day, latitude, longitude, "
            + "place_name, place_lat, place_lon, weapons, seized, found, surrendered, captured, traced, marks_recorded, intact, destroyed, "
            + "at_border, inland, at_sea, rounds";
    private static final String ON_CONFLICT = " on conflict (seizure_id) do update set country_code = excluded.country_code, "
            + "operation = excluded.operation, occurred_on = excluded.occurred_on, last_day = excluded.last_day, "
            + "latitude = excluded.latitude, longitude = excluded.longitude, place_name = excluded.place_name, "
            + "place_lat = excluded.place_lat, place_lon = excluded.place_lon, weapons = excluded.weapons, seized = excluded.seized, "
            + "found = excluded.found, surrendered = excluded.surrendered, captured = excluded.captured, traced = excluded.traced, "
            + "marks_recorded = excluded.marks_recorded, intact = excluded.intact, destroyed = excluded.destroyed, "
            + "at_border = excluded.at_border, inland = excluded.inland, at_sea = excluded.at_sea, rounds = excluded.rounds";
    /** Records whose figures are replaced in one statement: its parameters stay far below PostgreSQL's 65,535. */
    private static final int RECORDS_PER_STATEMENT = 500;

    /** One SQL statement and its parameters, by position. */
    public record Statement(String sql, List<Object> parameters) {
    }

    @Override
    public Uni<Void> stored(List<SeizureFacts> records) {
        return Panache.getSession().chain(session -> {
            Uni<Void> done = Uni.createFrom().voidItem();
            for (Statement statement : replacing(records)) {
                done = done.chain(() -> execute(session, statement));
            }
            return done;
        });
    }

    /**
     * The statements that replace the figures of these records, each stored once: a statement per table for up to
     * {@value #RECORDS_PER_STATEMENT} records, their old steps and overdue spans dropped with the first.
     */
    public static List<Statement> replacing(List<SeizureFacts> records) {
        List<Statement> statements = new ArrayList<>();
        for (int from = 0; from < records.size(); from += RECORDS_PER_STATEMENT) {
            List<SeizureFacts> part = records.subList(from, Math.min(records.size(), from + RECORDS_PER_STATEMENT));
            List<RecordFigures> figures = part.stream().map(RecordFigures::of).toList();
            List<Object> figureParameters = new ArrayList<>();
            part.forEach(record -> figureParameters.add(record.id()));
            part.forEach(record -> figureParameters.add(record.id()));
            List<Object> stepParameters = new ArrayList<>();
            List<Object> overdueParameters = new ArrayList<>();
            int steps = 0;
            int overdue = 0;
            for (int index = 0; index < part.size(); index++) {
                figureParameters.addAll(figuresParameters(part.get(index), figures.get(index)));
                stepParameters.addAll(stepParameters(part.get(index), figures.get(index)));
                overdueParameters.addAll(overdueParameters(part.get(index), figures.get(index)));
                steps += figures.get(index).happened().size();
                overdue += figures.get(index).overdue().size();
            }
            String ids = "(" + String.join(", ", Collections.nCopies(part.size(), "?")) + ")";
            statements.add(new Statement("with old_steps as (delete from record_step where seizure_id in " + ids + "), "
                    + "old_overdue as (delete from record_overdue where seizure_id in " + ids + ") "
                    + insert("record_figures (" + FIGURE_COLUMNS + ")", 23, part.size()) + ON_CONFLICT, figureParameters));
            if (steps > 0) {
                statements.add(new Statement(insert("record_step (seizure_id, country_code, operation, occurred_on, happened_on, step, "
                        + "quantity, items)", 8, steps), stepParameters));
            }
            if (overdue > 0) {
                statements.add(new Statement(insert("record_overdue (seizure_id, country_code, operation, occurred_on, quantity, "
                        + "overdue_from, overdue_until)", 7, overdue), overdueParameters));
            }
        }
        return statements;
    }

    private static List<Object> figuresParameters(SeizureFacts record, RecordFigures figures) {
        RecordFigures.Collected c = figures.collected();
        List<Object> parameters = new ArrayList<>(recordColumns(record));
        parameters.add(figures.lastDay());
        parameters.add(record.latitude());
        parameters.add(record.longitude());
        parameters.add(record.placeName());
        boolean placed = record.latitude() != null && record.longitude() != null;
        parameters.add(placed ? (int) Math.round(record.latitude() * 100) : null);
        parameters.add(placed ? (int) Math.round(record.longitude() * 100) : null);
        parameters.addAll(List.of(figures.weapons(), c.seized(), c.found(), c.surrendered(), c.captured(), c.traced(), c.marksRecorded(),
                c.intact(), c.destroyed(), (short) c.border(), (short) c.inland(), (short) c.sea(), c.rounds()));
        return parameters;
    }

    private static List<Object> stepParameters(SeizureFacts record, RecordFigures figures) {
        List<Object> parameters = new ArrayList<>();
        for (RecordFigures.Happened happened : figures.happened()) {
            parameters.addAll(recordColumns(record));
            parameters.addAll(List.of(happened.on(), happened.step(), happened.quantity(), (int) happened.items()));
        }
        return parameters;
    }

    private static List<Object> overdueParameters(SeizureFacts record, RecordFigures figures) {
        List<Object> parameters = new ArrayList<>();
        for (RecordFigures.OverdueSpan span : figures.overdue()) {
            parameters.addAll(recordColumns(record));
            parameters.add(span.quantity());
            parameters.add(span.from());
            parameters.add(span.until());
        }
        return parameters;
    }

    private static List<Object> recordColumns(SeizureFacts record) {
        return List.of(record.id(), record.countryCode(), record.operation(), record.date());
    }

    private static String insert(String table, int columns, int rows) {
        String row = "(" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
        return "insert into " + table + " values " + String.join(", ", Collections.nCopies(rows, row));
    }

    private static Uni<Void> execute(Mutiny.Session session, Statement statement) {
        Mutiny.MutationQuery query = session.createNativeQuery(statement.sql());
        for (int i = 0; i < statement.parameters().size(); i++) {
            query.setParameter(i + 1, statement.parameters().get(i));
        }
        return query.executeUpdate().replaceWithVoid();
    }

    /**
     * The records a filter selects: seized in its countries (any when empty), operation and dates (open when null),
     * and, for a targeted regime, those with a finding under it.
     */
    record Scope(List<String> countries, String operation, LocalDate from, LocalDate to, String findingsUnder) {

        /** Whether the sums by day answer for these records: all but those chosen by their findings under a regime. */
        boolean bySums() {
            return findingsUnder == null;
        }

        /** Whether these are the records of every country and operation, whatever their dates. */
        boolean everywhere() {
            return countries.isEmpty() && operation == null && findingsUnder == null;
        }

        /** The same records seized at any time up to the last day: what happened to them in the period counts too. */
        Scope untilLastDay() {
            return new Scope(countries, operation, null, to, findingsUnder);
        }

        String where(String alias, Map<String, Object> parameters) {
            StringBuilder where = new StringBuilder("true");
            if (!countries.isEmpty()) {
                where.append(" and ").append(alias).append(".country_code in (:countries)");
                parameters.put("countries", countries);
            }
            if (operation != null) {
                where.append(" and ").append(alias).append(".operation = :operation");
                parameters.put("operation", operation);
            }
            if (from != null) {
                where.append(" and ").append(alias).append(".occurred_on >= :from");
                parameters.put("from", from);
            }
            if (to != null) {
                where.append(" and ").append(alias).append(".occurred_on <= :to");
                parameters.put("to", to);
            }
            if (findingsUnder != null) {
                where.append(" and ").append(alias).append(".seizure_id in (select g.seizure_id from finding_count g ")
                        .append("where g.regime_code = :regime and g.status <> 'WITHDRAWN' and g.findings > 0)");
                parameters.put("regime", findingsUnder);
            }
            return where.toString();
        }
    }

    /** A day's collected figures of the records in scope, with the last day anything happened to them. */
    record CollectedOnDay(RecordFigures.Collected collected, LocalDate lastDay) {
    }

    /** The figures summed by day and their columns (figures_by_day and figures_change). */
    private static final List<String> SUMMED = List.of("seized", "found", "surrendered", "captured", "traced", "marks_recorded", "intact",
            "destroyed", "at_border", "inland", "at_sea", "rounds");

    Uni<List<CollectedOnDay>> collected(Scope scope) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String sql;
        if (scope.bySums()) {
            String columns = "occurred_on, last_day, records, " + String.join(", ", SUMMED);
            sql = "select d.occurred_on, sum(d.records), " + sums("d", SUMMED) + ", max(d.last_day) from (select r.occurred_on, r.last_day, "
                    + "sum(r.records) as records, " + sums("r", SUMMED, true) + " from (select " + columns + " from figures_by_day r where "
                    + scope.where("r", parameters) + " union all select " + columns + " from figures_change r where "
                    + scope.where("r", parameters) + ") r group by r.occurred_on, r.last_day having sum(r.records) <> 0) d group by d.occurred_on";
        } else {
            sql = "select r.occurred_on, count(*), " + sums("r", SUMMED) + ", max(r.last_day) from record_figures r where "
                    + scope.where("r", parameters) + " group by r.occurred_on";
        }
        return select(sql, parameters, row -> new CollectedOnDay(new RecordFigures.Collected(day(row[0]), number(row[1]), number(row[2]),
                number(row[3]), number(row[4]), number(row[5]), number(row[6]), number(row[7]), number(row[8]), number(row[9]),
                number(row[10]), number(row[11]), number(row[12]), number(row[13])), day(row[14])));
    }

    /** The steps the records' weapons took from {@code from} to {@code to} (either open when null), by day. */
    Uni<List<RecordFigures.Happened>> happened(Scope scope, LocalDate from, LocalDate to) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = scope.where("s", parameters);
        if (from != null) {
            where += " and s.happened_on >= :happenedFrom";
            parameters.put("happenedFrom", from);
        }
        if (to != null) {
            where += " and s.happened_on <= :happenedTo";
            parameters.put("happenedTo", to);
        }
        String steps = scope.bySums() ? "(select happened_on, step, quantity, items from steps_by_day s where " + where
                + " union all select happened_on, step, quantity, items from steps_change s where " + where + ") s where true"
                : "record_step s where " + where;
        return select("select s.happened_on, s.step, sum(s.quantity), sum(s.items) from " + steps
                + " group by s.happened_on, s.step having sum(s.quantity) <> 0 or sum(s.items) <> 0", parameters,
                row -> new RecordFigures.Happened(day(row[0]), (String) row[1], number(row[2]), number(row[3])));
    }

    /** The weapons of the records whose tracing is overdue as of a day, by the day they were seized. */
    Uni<List<Map.Entry<LocalDate, Long>>> overdue(Scope scope, LocalDate asOf) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("asOf", asOf);
        return select("select o.occurred_on, sum(o.quantity) from record_overdue o where " + scope.where("o", parameters)
                + " and o.overdue_from <= :asOf and (o.overdue_until is null or o.overdue_until > :asOf) group by o.occurred_on",
                parameters, row -> Map.entry(day(row[0]), number(row[1])));
    }

    /**
     * The findings of the records (under one regime when named), withdrawn ones left out, by status and their record's
     * seizure date (a decided finding keeps the date of the version it was raised on; the record may since have another).
     */
    Uni<List<Map.Entry<Indicators.FindingFact, Long>>> findings(Scope scope, String regime) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String sql;
        if (scope.everywhere() && regime == null) {
            String where = "c.status <> 'WITHDRAWN' and " + scope.where("c", parameters);
            sql = "select c.occurred_on, c.status, sum(c.findings) from (select occurred_on, status, findings from findings_on_day c where "
                    + where + " union all select occurred_on, status, findings from findings_change c where " + where
                    + ") c group by c.occurred_on, c.status having sum(c.findings) <> 0";
        } else if (scope.bySums()) {
            String where = "c.status <> 'WITHDRAWN' and " + scope.where("c", parameters) + (regime == null ? "" : " and c.regime_code = :regime");
            sql = "select c.occurred_on, c.status, sum(c.findings) from (select occurred_on, status, findings from findings_by_day c where "
                    + where + " union all select occurred_on, status, findings from findings_change c where " + where
                    + ") c group by c.occurred_on, c.status having sum(c.findings) <> 0";
        } else {
            sql = "select r.occurred_on, c.status, sum(c.findings) from finding_count c join record_figures r on r.seizure_id = c.seizure_id "
                    + "where c.status <> 'WITHDRAWN' and " + scope.where("r", parameters) + (regime == null ? "" : " and c.regime_code = :regime")
                    + " group by r.occurred_on, c.status";
        }
        if (regime != null) {
            parameters.put("regime", regime);
        }
        return select(sql, parameters, row -> Map.entry(new Indicators.FindingFact(day(row[0]), (String) row[1]), number(row[2])));
    }

    /**
     * Where the records were seized, to about a kilometre: the {@code limit} places with the most seizures (then the
     * earliest), each where its first record puts it, with its seizures and weapons.
     */
    Uni<List<IndicatorReport.Place>> places(Scope scope, int limit) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("limit", limit);
        String order = "seizures desc, first_day, place_lat, place_lon";
        String counted = scope.everywhere() && scope.from() == null && scope.to() == null
                // every place's totals, those whose records changed since the last fold counted from their records
                // (the first part read along place_totals_in_map_order: 157 ms -> 6 ms at 127,261 places)
                ? "with changed as (select distinct place_lat, place_lon from place_change), places as (("
                        + "select t.place_lat, t.place_lon, t.seizures, t.weapons, t.first_day from place_totals t where (t.place_lat, t.place_lon) "
                        + "not in (select place_lat, place_lon from changed) order by " + order + " limit :limit) union all ("
                        + "select r.place_lat, r.place_lon, count(*)::integer, sum(r.weapons)::bigint, min(r.occurred_on) from changed c "
                        + "join record_figures r on r.place_lat = c.place_lat and r.place_lon = c.place_lon group by r.place_lat, r.place_lon) "
                        + "order by " + order + " limit :limit) "
                : "with places as (select r.place_lat, r.place_lon, count(*) as seizures, sum(r.weapons) as weapons, "
                        + "min(r.occurred_on) as first_day from record_figures r where " + scope.where("r", parameters)
                        + " and r.place_lat is not null group by r.place_lat, r.place_lon order by " + order + " limit :limit) ";
        return select(counted + "select f.latitude, f.longitude, f.place_name, f.country_code, p.seizures, p.weapons from places p "
                + "cross join lateral (select f.latitude, f.longitude, f.place_name, f.country_code from record_figures f "
                + "where f.place_lat = p.place_lat and f.place_lon = p.place_lon and " + scope.where("f", parameters)
                + " order by f.occurred_on, f.seizure_id limit 1) f order by " + order, parameters,
                row -> new IndicatorReport.Place(((Number) row[0]).doubleValue(), ((Number) row[1]).doubleValue(), (String) row[2],
                        (String) row[3], number(row[4]), number(row[5])));
    }

    /**
     * Folds the changes appended since the last fold into the sums by day, in one transaction; false when another
     * replica was folding.
     */
    @WithTransaction
    public Uni<Boolean> fold() {
        return Panache.getSession().chain(session -> session.createNativeQuery("select pg_try_advisory_xact_lock(hashtext('indicator-sums'))",
                Boolean.class).getSingleResult().chain(free -> !free ? Uni.createFrom().item(false)
                        : execute(session, new Statement(FOLD_FIGURES, List.of()))
                                .chain(() -> execute(session, new Statement(FOLD_STEPS, List.of())))
                                .chain(() -> execute(session, new Statement(FOLD_FINDINGS, List.of())))
                                .chain(() -> execute(session, new Statement(FOLD_PLACES, List.of())))
                                .chain(() -> execute(session, new Statement("delete from figures_by_day where records = 0", List.of())))
                                .chain(() -> execute(session, new Statement("delete from steps_by_day where quantity = 0 and items = 0", List.of())))
                                .chain(() -> execute(session, new Statement("delete from findings_by_day where findings = 0", List.of())))
                                .chain(() -> execute(session, new Statement("delete from findings_on_day where findings = 0", List.of())))
                                .replaceWith(true)));
    }

    private static final List<String> FIGURES_BY_DAY = Stream.concat(Stream.of("records", "weapons"), SUMMED.stream()).toList();

    static final String FOLD_FIGURES = "with folded as (delete from figures_change returning *) insert into figures_by_day "
            + "select country_code, operation, occurred_on, last_day, " + sums("", FIGURES_BY_DAY)
            + " from folded group by 1, 2, 3, 4 on conflict (country_code, operation, occurred_on, last_day) do update set "
            + added("figures_by_day", FIGURES_BY_DAY);

    static final String FOLD_STEPS = "with folded as (delete from steps_change returning *) insert into steps_by_day "
            + "select country_code, operation, occurred_on, happened_on, step, sum(quantity), sum(items) from folded group by 1, 2, 3, 4, 5 "
            + "on conflict (country_code, operation, occurred_on, happened_on, step) do update set "
            + added("steps_by_day", List.of("quantity", "items"));

    static final String FOLD_FINDINGS = "with folded as (delete from findings_change returning *), by_record_day as (insert into findings_by_day "
            + "select country_code, operation, occurred_on, regime_code, status, sum(findings) from folded group by 1, 2, 3, 4, 5 "
            + "on conflict (country_code, operation, occurred_on, regime_code, status) do update set "
            + added("findings_by_day", List.of("findings")) + ") insert into findings_on_day "
            + "select occurred_on, status, sum(findings) from folded group by 1, 2 on conflict (occurred_on, status) do update set "
            + added("findings_on_day", List.of("findings"));

    /** The places whose records changed, counted again from their records: a place left without records goes. */
    static final String FOLD_PLACES = "with changed as (delete from place_change returning place_lat, place_lon), "
            + "counted as (select c.place_lat, c.place_lon, count(r.seizure_id) as seizures, coalesce(sum(r.weapons), 0) as weapons, "
            + "min(r.occurred_on) as first_day from (select distinct place_lat, place_lon from changed) c left join record_figures r "
            + "on r.place_lat = c.place_lat and r.place_lon = c.place_lon group by c.place_lat, c.place_lon), "
            + "emptied as (delete from place_totals t using counted c where t.place_lat = c.place_lat and t.place_lon = c.place_lon "
            + "and c.seizures = 0) insert into place_totals select place_lat, place_lon, seizures, weapons, first_day from counted "
            + "where seizures > 0 on conflict (place_lat, place_lon) do update set seizures = excluded.seizures, "
            + "weapons = excluded.weapons, first_day = excluded.first_day";

    private static String sums(String alias, List<String> columns) {
        return sums(alias, columns, false);
    }

    private static String sums(String alias, List<String> columns, boolean named) {
        String prefix = alias.isEmpty() ? "" : alias + ".";
        return String.join(", ", columns.stream().map(c -> "sum(" + prefix + c + ")" + (named ? " as " + c : "")).toList());
    }

    private static String added(String table, List<String> columns) {
        return String.join(", ", columns.stream().map(c -> c + " = " + table + "." + c + " + excluded." + c).toList());
    }

    private static <T> Uni<List<T>> select(String sql, Map<String, Object> parameters, Function<Object[], T> row) {
        return Panache.getSession().chain(session -> {
            Mutiny.SelectionQuery<Object[]> query = session.createNativeQuery(sql, Object[].class);
            parameters.forEach(query::setParameter);
            return query.getResultList();
        }).map(rows -> rows.stream().map(row).toList());
    }

    private static LocalDate day(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
