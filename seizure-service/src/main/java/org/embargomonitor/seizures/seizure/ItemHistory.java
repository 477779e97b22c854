package org.embargomonitor.seizures.seizure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** What happened to an item and when, oldest first (held in an object: Hibernate Reactive reads JSON columns as objects). */
@Schema(name = "ItemHistory")
public record ItemHistory(List<Step> steps) {

    /**
     * One step, on the day it happened (as told by the caller, else the day it was recorded), and who recorded it; a
     * tracing request with the day its answer is due.
     */
    @Schema(name = "ItemHistoryStep")
    public record Step(ItemStep step, LocalDate on, String by,
            @Schema(description = "A tracing request's due date: the sending panel's response time after it was sent")
            @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate due) {
    }

    static ItemHistory startedOn(LocalDate on, String by) {
        return new ItemHistory(List.of(new Step(ItemStep.RECORDED, on, by, null)));
    }

    ItemHistory with(ItemStep step, LocalDate on, String by) {
        List<Step> steps = new ArrayList<>(this.steps);
        steps.add(new Step(step, on, by, null));
        return new ItemHistory(List.copyOf(steps));
    }

    /** The same history with its last step due on that day. */
    ItemHistory lastDue(LocalDate due) {
        List<Step> steps = new ArrayList<>(this.steps);
        Step last = steps.removeLast();
        steps.add(new Step(last.step(), last.on(), last.by(), due));
        return new ItemHistory(List.copyOf(steps));
    }
}
