package org.embargomonitor.embargo.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;

import org.embargomonitor.embargo.compliance.SeizureFacts;
import org.junit.jupiter.api.Test;

class RecordFiguresTest {

    private static final String[] STEPS = { "RECORDED", "MARKED", "TRACING_REQUESTED", "TRACING_REQUESTED", "TRACING_ANSWERED",
            "TRACING_UNANSWERED", "TRACED", "DESTROYED" };

    @Test
    void shouldKeepAsOverdueSpansExactlyTheDaysAsOfWhichTheOldestUnansweredRequestIsPastItsDueDate() {
        Random random = new Random(90);
        LocalDate start = LocalDate.parse("2025-01-01");
        for (int history = 0; history < 2_000; history++) {
            List<SeizureFacts.Step> steps = new ArrayList<>();
            LocalDate day = start;
            for (int i = random.nextInt(8); i > 0; i--) {
                day = day.plusDays(random.nextInt(4) == 0 ? 0 : random.nextInt(150));
                String step = STEPS[random.nextInt(STEPS.length)];
                // requests recorded since due dates are kept carry theirs (28 to 60 days on); earlier ones have none (90 days)
                LocalDate due = step.equals("TRACING_REQUESTED") && random.nextBoolean() ? day.plusDays(28 + random.nextInt(33)) : null;
                steps.add(new SeizureFacts.Step(step, day, due));
            }
            List<RecordFigures.OverdueSpan> spans = RecordFigures.overdueSpans(steps, 3);
            for (LocalDate asOf = start.minusDays(1); asOf.isBefore(day.plusDays(200)); asOf = asOf.plusDays(1)) {
                LocalDate on = asOf;
                assertThat(spans.stream().anyMatch(span -> span.covers(on))).as("%s as of %s", steps, asOf).isEqualTo(overdue(steps, asOf));
            }
            for (int i = 1; i < spans.size(); i++) {
                assertThat(spans.get(i).from()).as("spans apart and in order").isAfter(spans.get(i - 1).until());
            }
        }
    }

    @Test
    void shouldSumAWeaponsStepsByDayCountingTheItemsThatTookThem() {
        SeizureFacts.Item rifles = item("ASSAULT_RIFLE", 3, List.of(new SeizureFacts.Step("RECORDED", LocalDate.parse("2026-01-10"), null),
                new SeizureFacts.Step("TRACING_REQUESTED", LocalDate.parse("2026-02-01"), null), new SeizureFacts.Step("TRACED", LocalDate.parse("2026-05-01"), null)));
        SeizureFacts.Item pistols = item("PISTOL_REVOLVER", 2, List.of(new SeizureFacts.Step("RECORDED", LocalDate.parse("2026-01-10"), null),
                new SeizureFacts.Step("TRACING_REQUESTED", LocalDate.parse("2026-02-01"), null)));
        SeizureFacts.Item rounds = item("AMMUNITION", 500, List.of(new SeizureFacts.Step("DESTROYED", LocalDate.parse("2026-07-01"), null)));

        RecordFigures figures = RecordFigures.of(new SeizureFacts(null, "R", "MINUSCA", null, LocalDate.parse("2026-01-10"), "CAF", null,
                null, "FOUND", null, null, List.of(rifles, pistols, rounds), 0, null, null, "BORDER"));

        assertThat(figures.happened()).containsExactly(new RecordFigures.Happened(LocalDate.parse("2026-01-10"), "RECORDED", 5, 2),
                new RecordFigures.Happened(LocalDate.parse("2026-02-01"), "TRACING_REQUESTED", 5, 2));
        assertThat(figures.collected().found()).isEqualTo(5);
        assertThat(figures.collected().traced()).isEqualTo(3);
        assertThat(figures.collected().rounds()).isEqualTo(500);
        assertThat(figures.collected().border()).isEqualTo(1);
        assertThat(figures.weapons()).isEqualTo(5);
        assertThat(figures.lastDay()).as("ammunition destroyed: not a weapon's step, but the last thing that happened").isEqualTo("2026-07-01");
        assertThat(figures.overdue()).containsExactly(new RecordFigures.OverdueSpan(3, LocalDate.parse("2026-05-03"), null),
                new RecordFigures.OverdueSpan(2, LocalDate.parse("2026-05-03"), null));
    }

    @Test
    void shouldReadATracingRequestsDueDateFromTheSeizureEvent() throws Exception {
        // as Quarkus's mapper reads events: fields it does not know ("by") are let through
        SeizureFacts.Step step = new com.fasterxml.jackson.databind.ObjectMapper().findAndRegisterModules()
                .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue("{\"step\": \"TRACING_REQUESTED\", \"on\": \"2026-01-01\", \"by\": \"panel.expert\", \"due\": \"2026-01-29\"}",
                        SeizureFacts.Step.class);
        assertThat(step.due()).isEqualTo("2026-01-29");
        assertThat(RecordFigures.overdueSpans(List.of(step), 1)).containsExactly(new RecordFigures.OverdueSpan(1, LocalDate.parse("2026-01-30"), null));
    }

    /** The definition: as of a day, requests and their ends on or before it paired in order; the oldest left past its due date. */
    private static boolean overdue(List<SeizureFacts.Step> steps, LocalDate asOf) {
        Deque<LocalDate> unanswered = new ArrayDeque<>();
        for (SeizureFacts.Step step : steps) {
            if (step.on().isAfter(asOf)) {
                continue;
            }
            switch (step.step()) {
                case "TRACING_REQUESTED" -> unanswered.addLast(step.due() != null ? step.due() : step.on().plusDays(Indicators.TRACING_DAYS));
                case "TRACING_ANSWERED", "TRACING_UNANSWERED" -> unanswered.pollFirst();
                default -> { }
            }
        }
        return !unanswered.isEmpty() && unanswered.peekFirst().isBefore(asOf);
    }

    private static SeizureFacts.Item item(String category, int quantity, List<SeizureFacts.Step> history) {
        return new SeizureFacts.Item(null, 1, category, null, null, null, null, null, quantity, null, null, null, null, null, null, null,
                null, "INTACT", null, null, history);
    }
}
