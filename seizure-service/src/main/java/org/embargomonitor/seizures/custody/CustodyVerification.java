package org.embargomonitor.seizures.custody;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Whether a seizure's chain of custody is whole: every entry in place and unaltered, every evidence file as uploaded. */
public record CustodyVerification(UUID seizureId, boolean intact, int entries, String head, List<String> problems) {

    /** This verification with more problems found, by checks beyond the chain itself. */
    public CustodyVerification with(List<String> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<String> all = new ArrayList<>(problems);
        all.addAll(more);
        return new CustodyVerification(seizureId, false, entries, head, List.copyOf(all));
    }
}
