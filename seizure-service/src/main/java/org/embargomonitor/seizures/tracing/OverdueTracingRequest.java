package org.embargomonitor.seizures.tracing;

import org.embargomonitor.seizures.seizure.Item;
import org.embargomonitor.seizures.seizure.ItemCategory;
import org.embargomonitor.seizures.seizure.Seizure;

/** An unanswered request past its due date, with what a panel needs to chase it. */
public record OverdueTracingRequest(TracingRequestView request, String seizureReference, String countryCode, TracedItem item) {

    /** What identifies the item asked about. */
    public record TracedItem(ItemCategory category, String make, String model, String serialNumber, String lotNumber) {
    }

    static OverdueTracingRequest of(TracingRequestView request, Seizure seizure, Item item) {
        return new OverdueTracingRequest(request, seizure.reference, seizure.countryCode,
                new TracedItem(item.category, item.make, item.model, item.serialNumber, item.lotNumber));
    }
}
