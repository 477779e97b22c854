package org.embargomonitor.seizures.annexes;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A finding about a record, as embargo-service explains it: what an annex says of it (the fields it needs). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RecordFinding(UUID id, UUID seizureId, UUID itemId, String rule, String regimeCode, String citation, String confidence,
        String explanation, String status, String label, List<Decision> decisions) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Decision(String decision, String reason, String decidedBy, OffsetDateTime decidedAt) {
    }
}
