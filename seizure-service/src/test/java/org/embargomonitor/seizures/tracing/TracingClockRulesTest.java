package org.embargomonitor.seizures.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class TracingClockRulesTest {

    private static final TracingClock ON_10_MAY = new TracingClock(LocalDate.parse("2026-05-10"), 14);

    @Test
    void shouldCountARequestOverdueOnlyOnceItsDueDateHasPassedWithoutAnAnswer() {
        assertThat(ON_10_MAY.overdue(request("2026-05-10", null))).isFalse();
        assertThat(ON_10_MAY.overdue(request("2026-05-09", null))).isTrue();
        assertThat(ON_10_MAY.daysOverdue(request("2026-04-30", null))).isEqualTo(10);
        assertThat(ON_10_MAY.overdue(request("2026-04-30", TracingOutcome.NO_RESPONSE))).isFalse();
        assertThat(ON_10_MAY.daysOverdue(request("2026-04-30", TracingOutcome.INCONCLUSIVE))).isZero();
    }

    @Test
    void shouldDueTheFirstReminderOnTheDueDateAndEachNextOneAnIntervalAfterTheLast() {
        TracingRequest open = request("2026-04-30", null);
        assertThat(ON_10_MAY.nextReminderOn(open, List.of())).isEqualTo("2026-04-30");
        assertThat(ON_10_MAY.nextReminderOn(open, List.of(reminder("2026-05-02"), reminder("2026-05-01")))).isEqualTo("2026-05-16");
        assertThat(ON_10_MAY.nextReminderOn(open, List.of(reminder("2026-04-02")))).as("a reminder sent early does not move the due date")
                .isEqualTo("2026-04-30");
        assertThat(ON_10_MAY.nextReminderOn(request("2026-04-30", TracingOutcome.ORIGIN_ESTABLISHED), List.of())).isNull();
    }

    private static TracingRequest request(String dueOn, TracingOutcome outcome) {
        TracingRequest request = new TracingRequest();
        request.dueOn = LocalDate.parse(dueOn);
        request.outcome = outcome;
        return request;
    }

    private static TracingReminder reminder(String sentOn) {
        TracingReminder reminder = new TracingReminder();
        reminder.sentOn = LocalDate.parse(sentOn);
        return reminder;
    }
}
