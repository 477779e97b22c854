package org.embargomonitor.embargo.indicators;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collection;
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
    /** A tracing request recorded before due dates were kept is overdue when unanswered this many days after it was sent. */
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
     * The figures of records added one at a time, or as the sums of the database keeps of them: the totals from
     * {@code from} to {@code to}, a tally per period, and the first and last day anything happened, which the series
     * runs between when the filter leaves them open.
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
            RecordFigures figures = RecordFigures.of(record);
            add(figures.collected(), figures.lastDay());
            figures.happened().forEach(this::add);
            figures.overdue().stream().filter(span -> span.covers(asOf)).forEach(span -> addOverdue(record.date(), span.quantity()));
        }

        /** What records seized on one day collected, and the last day anything happened to them. */
        public void add(RecordFigures.Collected collected, LocalDate lastDay) {
            first = earlier(first, collected.day());
            last = later(later(last, collected.day()), lastDay);
            if (within(collected.day(), from, to)) {
                total.collected(collected);
                inPeriodOf(collected.day()).collected(collected);
            }
        }

        /** Steps weapons took on one day, whenever they were seized. */
        public void add(RecordFigures.Happened happened) {
            if (within(happened.on(), from, to)) {
                total.happened(happened);
                inPeriodOf(happened.on()).happened(happened);
            }
        }

        /** Weapons seized on {@code seizedOn} whose tracing is overdue as of the day counted. */
        public void addOverdue(LocalDate seizedOn, long quantity) {
            if (within(seizedOn, from, to)) {
                total.overdue += quantity;
                inPeriodOf(seizedOn).overdue += quantity;
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

    /** The counts behind one set of figures. */
    private static final class Tally {
        long seizures, seized, found, surrendered, captured, traced, marksRecorded, intact, destroyed, border, inland, sea, rounds, overdue;
        long recorded, marked, destroyedThen, requestsSent, requestsAnswered, open, confirmed, dismissed;

        /** What records seized in the period collected, and what has become of it since. */
        void collected(RecordFigures.Collected c) {
            seizures += c.seizures();
            seized += c.seized();
            found += c.found();
            surrendered += c.surrendered();
            captured += c.captured();
            traced += c.traced();
            marksRecorded += c.marksRecorded();
            intact += c.intact();
            destroyed += c.destroyed();
            border += c.border();
            inland += c.inland();
            sea += c.sea();
            rounds += c.rounds();
        }

        /** Steps weapons took in the period: the weapons, or for tracing the requests. */
        void happened(RecordFigures.Happened happened) {
            switch (happened.step()) {
                case "RECORDED" -> recorded += happened.quantity();
                case "MARKED" -> marked += happened.quantity();
                case "DESTROYED" -> destroyedThen += happened.quantity();
                case "TRACING_REQUESTED" -> requestsSent += happened.items();
                case "TRACING_ANSWERED" -> requestsAnswered += happened.items();
                default -> { }
            }
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
