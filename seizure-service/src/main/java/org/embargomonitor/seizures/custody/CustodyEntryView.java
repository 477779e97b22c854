package org.embargomonitor.seizures.custody;

import java.time.OffsetDateTime;
import java.util.UUID;

public record CustodyEntryView(int sequence, String subjectType, UUID subjectId, String action, String actor,
        OffsetDateTime at, String reason, String change, String previousHash, String hash) {

    public static CustodyEntryView of(CustodyEntry e) {
        return new CustodyEntryView(e.sequence, e.subjectType, e.subjectId, e.action, e.actor, e.at, e.reason, e.change,
                e.previousHash, e.hash);
    }
}
