package org.embargomonitor.seizures.seizure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What happened to an item and when, oldest first (held in an object: Hibernate Reactive reads JSON columns as objects). */
@Schema(name = "ItemHistory")
public record ItemHistory(List<Step> steps) {

    /** One step, on the day it happened (as told by the caller, else the day it was recorded), and who recorded it. */
    @Schema(name = "ItemHistoryStep")
    public record Step(ItemStep step, LocalDate on, String by) {
    }

    static ItemHistory startedOn(LocalDate on, String by) {
        return new ItemHistory(List.of(new Step(ItemStep.RECORDED, on, by)));
    }

    ItemHistory with(ItemStep step, LocalDate on, String by) {
        List<Step> steps = new ArrayList<>(this.steps);
        steps.add(new Step(step, on, by));
        return new ItemHistory(List.copyOf(steps));
    }
}
