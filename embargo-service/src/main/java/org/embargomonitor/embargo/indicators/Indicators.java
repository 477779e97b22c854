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
        return running(records, findings, Period.YEAR, from, to, asOf).figures(allFindings);
    }

    /** The figures of each period from the first to the last, empty periods included, so that a chart has no gaps. */
    public static List<PeriodFigures> byPeriod(Collection<SeizureFacts> records, Collection<FindingFact> findings, Period period,
            LocalDate from, LocalDate to, LocalDate asOf, boolean allFindings) {
        return running(records, findings, period, from, to, asOf).series(from, to, allFindings);
    }

    private static Running running(Collection<SeizureFacts> records, Collection<FindingFact> findings, Period period, LocalDate from,
            LocalDate to, LocalDate asOf) {
        Running running = new Running(period, from, to, asOf);
        records.forEach(running::add);
        findings.forEach(finding -> running.add(finding, 1));
        return running;
    }

    /**
     * The figures of records added one at a time, as they are read page by page (so that memory holds a page, not
     * every record in scope): the totals from {@code from} to {@code to}, a tally per period, and the first and last
     * day anything happened, which the series runs between when the filter leaves them open.
     */
    public static final class Running {
        private final LocalDate from;
        private final LocalDate to;
        private final LocalDate asOf;
        private final Period period;
        private final Tally total = new Tally();
        private final Map<String, Tally> byPeriod = new HashMap<>();
        private LocalDate first;
        private LocalDate last;

        public Running(Period period, LocalDate from, LocalDate to, LocalDate asOf) {
            this.period = period;
            this.from = from;
            this.to = to;
            this.asOf = asOf;
        }

        public void add(SeizureFacts record) {
            first = earlier(first, record.date());
            last = later(last, record.date());
            if (within(record.date(), from, to)) {
                total.collected(record, asOf);
                inPeriodOf(record.date()).collected(record, asOf);
            }
            for (SeizureFacts.Item item : record.items()) {
                for (SeizureFacts.Step step : item.steps(record.date())) {
                    last = later(last, step.on());
                    if (WEAPONS.contains(item.category()) && within(step.on(), from, to)) {
                        total.happened(step.step(), quantity(item));
                        inPeriodOf(step.on()).happened(step.step(), quantity(item));
                    }
                }
            }
        }

        /** {@code count} findings of records seized on one day, of one status. */
        public void add(FindingFact finding, long count) {
            if (within(finding.seizureDate(), from, to)) {
                total.finding(finding.status(), count);
                inPeriodOf(finding.seizureDate()).finding(finding.status(), count);
            }
        }

        public LocalDate firstDay() {
            return first;
        }

        public LocalDate lastDay() {
            return last;
        }

        public Figures figures(boolean allFindings) {
            return total.figures(allFindings);
        }

        /** Each period from {@code seriesFrom} to {@code seriesTo}, empty periods included. */
        public List<PeriodFigures> series(LocalDate seriesFrom, LocalDate seriesTo, boolean allFindings) {
            List<PeriodFigures> series = new ArrayList<>();
            if (seriesFrom == null || seriesTo == null || seriesTo.isBefore(seriesFrom)) {
                return series;
            }
            for (LocalDate start = period.start(seriesFrom); !start.isAfter(seriesTo); start = period.next(start)) {
                String label = period.of(start);
                series.add(new PeriodFigures(label, start, period.next(start).minusDays(1),
                        byPeriod.getOrDefault(label, new Tally()).figures(allFindings)));
            }
            return series;
        }

        private Tally inPeriodOf(LocalDate date) {
            return byPeriod.computeIfAbsent(period.of(date), k -> new Tally());
        }

        private static LocalDate earlier(LocalDate held, LocalDate date) {
            return date == null || (held != null && !date.isBefore(held)) ? held : date;
        }

        private static LocalDate later(LocalDate held, LocalDate date) {
            return date == null || (held != null && !date.isAfter(held)) ? held : date;
        }
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
            finding(status, 1);
        }

        void finding(String status, long count) {
            switch (status) {
                case "OPEN" -> open += count;
                case "CONFIRMED" -> confirmed += count;
                case "DISMISSED" -> dismissed += count;
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
