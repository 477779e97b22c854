package org.embargomonitor.embargo.indicators;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.embargomonitor.embargo.compliance.SeizureFacts;

/**
 * Computes the indicators from seizure records and their findings: pure logic, so that each figure can be checked by
 * hand on a known set of records (docs/indicators.md defines each one).
 */
public final class Indicators {

    /** Small arms and light weapons: the "arms" of SDG indicator 16.4.2. */
    static final Set<String> WEAPONS = Set.of("PISTOL_REVOLVER", "RIFLE_CARBINE", "ASSAULT_RIFLE", "SHOTGUN", "SUB_MACHINE_GUN",
            "LIGHT_MACHINE_GUN", "HEAVY_MACHINE_GUN", "GRENADE_LAUNCHER", "ROCKET_LAUNCHER", "MORTAR", "MANPADS", "ATGW");
    static final String AMMUNITION = "AMMUNITION";
    /** A tracing request unanswered this many days is overdue. */
    static final int TRACING_DAYS = 90;

    /** A finding of one of the records, as counted. */
    public record FindingFact(LocalDate seizureDate, String status) {
    }

    public enum Period {
        MONTH, QUARTER, YEAR;

        String of(LocalDate date) {
            return switch (this) {
                case MONTH -> "%d-%02d".formatted(date.getYear(), date.getMonthValue());
                case QUARTER -> "%d-Q%d".formatted(date.getYear(), date.get(IsoFields.QUARTER_OF_YEAR));
                case YEAR -> Integer.toString(date.getYear());
            };
        }

        LocalDate start(LocalDate date) {
            return switch (this) {
                case MONTH -> date.withDayOfMonth(1);
                case QUARTER -> date.withMonth(((date.getMonthValue() - 1) / 3) * 3 + 1).withDayOfMonth(1);
                case YEAR -> date.withDayOfYear(1);
            };
        }

        LocalDate next(LocalDate start) {
            return switch (this) {
                case MONTH -> start.plusMonths(1);
                case QUARTER -> start.plusMonths(3);
                case YEAR -> start.plusYears(1);
            };
        }
    }

    /** One period's label, first and last day, and figures. */
    public record PeriodFigures(String period, LocalDate from, LocalDate to, Figures figures) {
    }

    private Indicators() {
    }

    public static Figures of(Collection<SeizureFacts> records, Collection<FindingFact> findings, LocalDate asOf, boolean allFindings) {
        long seized = 0, found = 0, surrendered = 0, captured = 0, traced = 0, marksRecorded = 0, intact = 0, destroyed = 0;
        long border = 0, inland = 0, sea = 0, rounds = 0, overdue = 0;
        for (SeizureFacts record : records) {
            switch (String.valueOf(record.locationType())) {
                case "BORDER" -> border++;
                case "INLAND" -> inland++;
                case "MARITIME" -> sea++;
                default -> { }
            }
            for (SeizureFacts.Item item : record.items()) {
                long quantity = item.quantity() == null ? 1 : item.quantity();
                if (AMMUNITION.equals(item.category())) {
                    rounds += quantity;
                }
                if (!WEAPONS.contains(item.category())) {
                    continue;
                }
                switch (String.valueOf(record.circumstance())) {
                    case "SEIZED" -> seized += quantity;
                    case "FOUND" -> found += quantity;
                    case "SURRENDERED" -> surrendered += quantity;
                    case "CAPTURED" -> captured += quantity;
                    default -> { }
                }
                if (item.markingState() != null) {
                    marksRecorded += quantity;
                    if ("INTACT".equals(item.markingState())) {
                        intact += quantity;
                    }
                }
                if ("TRACED".equals(item.status())) {
                    traced += quantity;
                }
                if ("DESTROYED".equals(item.status())) {
                    destroyed += quantity;
                }
                if ("TRACING_REQUESTED".equals(item.status()) && item.statusChangedAt() != null
                        && ChronoUnit.DAYS.between(item.statusChangedAt().toLocalDate(), asOf) > TRACING_DAYS) {
                    overdue += quantity;
                }
            }
        }
        long open = findings.stream().filter(f -> "OPEN".equals(f.status())).count();
        long confirmed = findings.stream().filter(f -> "CONFIRMED".equals(f.status())).count();
        long dismissed = findings.stream().filter(f -> "DISMISSED".equals(f.status())).count();
        long sdgBase = seized + found + surrendered;
        return new Figures(records.size(), seized, found, surrendered, captured, traced, rate(traced, sdgBase), marksRecorded, intact,
                rate(intact, marksRecorded), destroyed, rate(destroyed, sdgBase), border, inland, sea, rounds,
                allFindings ? open : null, confirmed, allFindings ? dismissed : null, overdue);
    }

    /** The figures of each period from the first to the last, empty periods included, so that a chart has no gaps. */
    public static List<PeriodFigures> byPeriod(Collection<SeizureFacts> records, Collection<FindingFact> findings, Period period,
            LocalDate from, LocalDate to, LocalDate asOf, boolean allFindings) {
        Map<String, List<SeizureFacts>> recordsByPeriod = new LinkedHashMap<>();
        Map<String, List<FindingFact>> findingsByPeriod = new LinkedHashMap<>();
        List<PeriodFigures> series = new ArrayList<>();
        if (from == null || to == null || to.isBefore(from)) {
            return series;
        }
        records.forEach(r -> recordsByPeriod.computeIfAbsent(period.of(r.date()), k -> new ArrayList<>()).add(r));
        findings.forEach(f -> findingsByPeriod.computeIfAbsent(period.of(f.seizureDate()), k -> new ArrayList<>()).add(f));
        for (LocalDate start = period.start(from); !start.isAfter(to); start = period.next(start)) {
            String label = period.of(start);
            series.add(new PeriodFigures(label, start, period.next(start).minusDays(1),
                    of(recordsByPeriod.getOrDefault(label, List.of()), findingsByPeriod.getOrDefault(label, List.of()), asOf, allFindings)));
        }
        return series;
    }

    private static Double rate(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
