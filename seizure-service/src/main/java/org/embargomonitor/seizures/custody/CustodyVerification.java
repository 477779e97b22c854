package org.embargomonitor.seizures.custody;

import java.util.List;
import java.util.UUID;

/** Whether a seizure's chain of custody is whole: every entry in place and unaltered. */
public record CustodyVerification(UUID seizureId, boolean intact, int entries, String head, List<String> problems) {
}
