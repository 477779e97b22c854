package org.embargomonitor.embargo.indicators;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.embargomonitor.embargo.compliance.SeizureFacts;

/**
 * Computes the indicators from seizure records and their findings: pure logic, so that each figure can be checked by
 * hand on a known set of records (docs/indicators.md defines each one). What was collected counts in the period of
 * the seizure; what happened to a weapon later (recorded, marked, destroyed, a tracing request sent or answered)
 * counts in the period it happened.
 */
public final class Indicators {

    /** Small arms and light weapons: the "arms" of SDG indicator 16.4.2. */
    static final Set<String> WEAPONS = Set.of("PISTOL_REVOLVER", "RIFLE_CARBINE", "ASSAULT_RIFLE", "SHOTGUN", "SUB_MACHINE_GUN",
            "LIGHT_MACHINE_GUN", "HEAVY_MACHINE_GUN", "GRENADE_LAUNCHER", "ROCKET_LAUNCHER", "MORTAR", "MANPADS", "ATGW");
    static final String AMMUNITION = "AMMUNITION";
    /** A tracing request unanswered this many days after it was sent is overdue. */
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

    /** The figures of what happened from {@code from} to {@code to} (either open when null), counted as of {@code asOf}. */
    public static Figures of(Collection<SeizureFacts> records, Collection<FindingFact> findings, LocalDate from, LocalDate to,
            LocalDate asOf, boolean allFindings) {
        return tally(records, findings, from, to, asOf, date -> "").getOrDefault("", new Tally()).figures(allFindings);
    }

    /** The figures of each period from the first to the last, empty periods included, so that a chart has no gaps. */
    public static List<PeriodFigures> byPeriod(Collection<SeizureFacts> records, Collection<FindingFact> findings, Period period,
            LocalDate from, LocalDate to, LocalDate asOf, boolean allFindings) {
        List<PeriodFigures> series = new ArrayList<>();
        if (from == null || to == null || to.isBefore(from)) {
            return series;
        }
        Map<String, Tally> byPeriod = tally(records, findings, from, to, asOf, period::of);
        for (LocalDate start = period.start(from); !start.isAfter(to); start = period.next(start)) {
            String label = period.of(start);
            series.add(new PeriodFigures(label, start, period.next(start).minusDays(1),
                    byPeriod.getOrDefault(label, new Tally()).figures(allFindings)));
        }
        return series;
    }

    private static Map<String, Tally> tally(Collection<SeizureFacts> records, Collection<FindingFact> findings, LocalDate from,
            LocalDate to, LocalDate asOf, Function<LocalDate, String> bucket) {
        Map<String, Tally> tallies = new HashMap<>();
        for (SeizureFacts record : records) {
            if (within(record.date(), from, to)) {
                tallies.computeIfAbsent(bucket.apply(record.date()), k -> new Tally()).collected(record, asOf);
            }
            for (SeizureFacts.Item item : record.items()) {
                if (!WEAPONS.contains(item.category())) {
                    continue;
                }
                for (SeizureFacts.Step step : item.steps(record.date())) {
                    if (within(step.on(), from, to)) {
                        tallies.computeIfAbsent(bucket.apply(step.on()), k -> new Tally()).happened(step.step(), quantity(item));
                    }
                }
            }
        }
        for (FindingFact finding : findings) {
            if (within(finding.seizureDate(), from, to)) {
                tallies.computeIfAbsent(bucket.apply(finding.seizureDate()), k -> new Tally()).finding(finding.status());
            }
        }
        return tallies;
    }

    private static boolean within(LocalDate date, LocalDate from, LocalDate to) {
        return date != null && (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    private static long quantity(SeizureFacts.Item item) {
        return item.quantity() == null ? 1 : item.quantity();
    }

    /** Whether the item has had a tracing request unanswered for more than {@value #TRACING_DAYS} days since it was sent. */
    static boolean tracingOverdue(List<SeizureFacts.Step> steps, LocalDate asOf) {
        Deque<LocalDate> unanswered = new ArrayDeque<>();
        for (SeizureFacts.Step step : steps) {
            if (step.on() == null || step.on().isAfter(asOf)) {
                continue;
            }
            switch (step.step()) {
                case "TRACING_REQUESTED" -> unanswered.addLast(step.on());
                case "TRACING_ANSWERED", "TRACING_UNANSWERED" -> unanswered.pollFirst();
                default -> { }
            }
        }
        return !unanswered.isEmpty() && unanswered.peekFirst().plusDays(TRACING_DAYS).isBefore(asOf);
    }

    /** The counts behind one set of figures. */
    private static final class Tally {
        long seizures, seized, found, surrendered, captured, traced, marksRecorded, intact, destroyed, border, inland, sea, rounds, overdue;
        long recorded, marked, destroyedThen, requestsSent, requestsAnswered, open, confirmed, dismissed;

        /** A record seized in the period: what was collected, and what has become of it since. */
        void collected(SeizureFacts record, LocalDate asOf) {
            seizures++;
            switch (String.valueOf(record.locationType())) {
                case "BORDER" -> border++;
                case "INLAND" -> inland++;
                case "MARITIME" -> sea++;
                default -> { }
            }
            for (SeizureFacts.Item item : record.items()) {
                long quantity = quantity(item);
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
                List<SeizureFacts.Step> steps = item.steps(record.date());
                if (steps.stream().anyMatch(s -> "TRACED".equals(s.step()))) {
                    traced += quantity;
                }
                if (steps.stream().anyMatch(s -> "DESTROYED".equals(s.step()))) {
                    destroyed += quantity;
                }
                if (tracingOverdue(steps, asOf)) {
                    overdue += quantity;
                }
            }
        }

        /** A step of a weapon's history taken in the period. */
        void happened(String step, long quantity) {
            switch (step) {
                case "RECORDED" -> recorded += quantity;
                case "MARKED" -> marked += quantity;
                case "DESTROYED" -> destroyedThen += quantity;
                case "TRACING_REQUESTED" -> requestsSent++;
                case "TRACING_ANSWERED" -> requestsAnswered++;
                default -> { }
            }
        }

        void finding(String status) {
            switch (status) {
                case "OPEN" -> open++;
                case "CONFIRMED" -> confirmed++;
                case "DISMISSED" -> dismissed++;
                default -> { }
            }
        }

        Figures figures(boolean allFindings) {
            long sdgBase = seized + found + surrendered;
            return new Figures(seizures, seized, found, surrendered, captured, traced, rate(traced, sdgBase), marksRecorded, intact,
                    rate(intact, marksRecorded), destroyed, rate(destroyed, sdgBase), border, inland, sea, rounds,
                    allFindings ? open : null, confirmed, allFindings ? dismissed : null, overdue, recorded, marked, destroyedThen,
                    requestsSent, requestsAnswered);
        }

        private static Double rate(long part, long whole) {
            return whole == 0 ? null : (double) part / whole;
        }
    }
}
