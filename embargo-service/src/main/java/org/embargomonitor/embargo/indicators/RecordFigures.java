package org.embargomonitor.embargo.indicators;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.embargomonitor.embargo.compliance.SeizureFacts;

/**
 * What one seizure record adds to the indicators whatever the filter, the period and the day they are counted as of:
 * kept beside the record when it is stored, so that the indicators sum these rows where they are instead of reading
 * every record (docs/indicators.md defines each figure).
 *
 * @param collected what was collected, counted on the seizure's date
 * @param lastDay the last day anything happened to any of its items, the seizure's date at least
 * @param weapons the weapons collected (by quantity), for the map
 * @param happened the steps of its weapons that the figures count, summed by day and step
 * @param overdue when each weapon's tracing request stood unanswered past its due date
 */
public record RecordFigures(Collected collected, LocalDate lastDay, long weapons, List<Happened> happened, List<OverdueSpan> overdue) {

    /** The steps of a weapon's history the figures count in the period they happened. */
    static final Set<String> COUNTED_STEPS = Set.of("RECORDED", "MARKED", "DESTROYED", "TRACING_REQUESTED", "TRACING_ANSWERED");

    /** What records seized on one day collected: one record's, or the sum of several. */
    public record Collected(LocalDate day, long seizures, long seized, long found, long surrendered, long captured, long traced,
            long marksRecorded, long intact, long destroyed, long border, long inland, long sea, long rounds) {
    }

    /** Weapons that took one step on one day: their quantity, and how many items took it (each a request for tracing steps). */
    public record Happened(LocalDate on, String step, long quantity, long items) {
    }

    /**
     * A weapon whose oldest unanswered tracing request is overdue as of any day from {@code from} until the day before
     * {@code until} (without end when null).
     */
    public record OverdueSpan(long quantity, LocalDate from, LocalDate until) {

        boolean covers(LocalDate asOf) {
            return !asOf.isBefore(from) && (until == null || asOf.isBefore(until));
        }
    }

    public static RecordFigures of(SeizureFacts record) {
        LocalDate seizedOn = record.date();
        long seized = 0, found = 0, surrendered = 0, captured = 0, traced = 0, marksRecorded = 0, intact = 0, destroyed = 0, rounds = 0;
        long weapons = 0;
        LocalDate lastDay = seizedOn;
        Map<DayStep, long[]> happened = new TreeMap<>(Comparator.comparing(DayStep::on).thenComparing(DayStep::step));
        List<OverdueSpan> overdue = new ArrayList<>();
        for (SeizureFacts.Item item : record.items()) {
            long quantity = item.quantity() == null ? 1 : item.quantity();
            List<SeizureFacts.Step> steps = item.steps(seizedOn);
            for (SeizureFacts.Step step : steps) {
                lastDay = step.on() != null && step.on().isAfter(lastDay) ? step.on() : lastDay;
            }
            if (Indicators.AMMUNITION.equals(item.category())) {
                rounds += quantity;
            }
            if (!Indicators.WEAPONS.contains(item.category())) {
                continue;
            }
            weapons += quantity;
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
            if (steps.stream().anyMatch(s -> "TRACED".equals(s.step()))) {
                traced += quantity;
            }
            if (steps.stream().anyMatch(s -> "DESTROYED".equals(s.step()))) {
                destroyed += quantity;
            }
            for (SeizureFacts.Step step : steps) {
                if (step.on() != null && COUNTED_STEPS.contains(step.step())) {
                    long[] sum = happened.computeIfAbsent(new DayStep(step.on(), step.step()), k -> new long[2]);
                    sum[0] += quantity;
                    sum[1]++;
                }
            }
            overdue.addAll(overdueSpans(steps, quantity));
        }
        String locationType = String.valueOf(record.locationType());
        Collected collected = new Collected(seizedOn, 1, seized, found, surrendered, captured, traced, marksRecorded, intact, destroyed,
                "BORDER".equals(locationType) ? 1 : 0, "INLAND".equals(locationType) ? 1 : 0, "MARITIME".equals(locationType) ? 1 : 0,
                rounds);
        return new RecordFigures(collected, lastDay, weapons, happened.entrySet().stream()
                .map(e -> new Happened(e.getKey().on(), e.getKey().step(), e.getValue()[0], e.getValue()[1])).toList(),
                List.copyOf(overdue));
    }

    private record DayStep(LocalDate on, String step) {
    }

    /**
     * The days as of which a weapon's tracing is overdue: as of a day, the requests and their ends (answered or
     * unanswered) on or before it are paired in order, and the oldest request left is overdue once its due date has
     * passed (the sending panel's response time; {@value Indicators#TRACING_DAYS} days after it was sent for a request
     * recorded before due dates were kept).
     */
    static List<OverdueSpan> overdueSpans(List<SeizureFacts.Step> steps, long quantity) {
        List<SeizureFacts.Step> dated = steps.stream().filter(s -> s.on() != null).sorted((a, b) -> a.on().compareTo(b.on())).toList();
        List<OverdueSpan> spans = new ArrayList<>();
        Deque<LocalDate> unanswered = new ArrayDeque<>();
        for (int i = 0; i < dated.size(); i++) {
            SeizureFacts.Step step = dated.get(i);
            switch (step.step()) {
                case "TRACING_REQUESTED" -> unanswered.addLast(step.due() != null ? step.due() : step.on().plusDays(Indicators.TRACING_DAYS));
                case "TRACING_ANSWERED", "TRACING_UNANSWERED" -> unanswered.pollFirst();
                default -> { }
            }
            boolean lastOfItsDay = i + 1 == dated.size() || dated.get(i + 1).on().isAfter(step.on());
            if (!lastOfItsDay || unanswered.isEmpty()) {
                continue;
            }
            LocalDate next = i + 1 == dated.size() ? null : dated.get(i + 1).on();
            LocalDate overdueFrom = unanswered.peekFirst().plusDays(1);
            LocalDate from = overdueFrom.isAfter(step.on()) ? overdueFrom : step.on();
            if (next != null && !from.isBefore(next)) {
                continue;
            }
            OverdueSpan previous = spans.isEmpty() ? null : spans.getLast();
            if (previous != null && from.equals(previous.until())) {
                spans.set(spans.size() - 1, new OverdueSpan(quantity, previous.from(), next));
            } else {
                spans.add(new OverdueSpan(quantity, from, next));
            }
        }
        return spans;
    }
}
