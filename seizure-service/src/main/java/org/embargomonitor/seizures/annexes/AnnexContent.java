package org.embargomonitor.seizures.annexes;

import java.util.List;

import org.embargomonitor.seizures.evidence.Evidence;
import org.embargomonitor.seizures.seizure.Item;
import org.embargomonitor.seizures.seizure.Seizure;
import org.embargomonitor.seizures.tracing.TracingRequestView;
import org.embargomonitor.seizures.tracing.letters.TracingLetterView;

/** What an annex says of each record, in order. */
record AnnexContent(NewAnnex annex, List<Section> sections) {

    /** One record: its facts, items, photos (with their bytes), findings and tracing correspondence. */
    record Section(Seizure seizure, List<Item> items, List<Photo> photos, List<RecordFinding> findings,
            List<TracingRequestView> tracing, List<TracingLetterView> letters) {
    }

    record Photo(Evidence evidence, byte[] bytes) {
    }
}
