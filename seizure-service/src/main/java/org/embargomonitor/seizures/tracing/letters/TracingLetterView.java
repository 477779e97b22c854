package org.embargomonitor.seizures.tracing.letters;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.embargomonitor.seizures.tracing.TracingRequestView;

/** A letter sent, with the tracing requests it opened. */
public record TracingLetterView(UUID id, UUID seizureId, String stateCode, String language, String mediaType, String fileName,
        String sha256, long sizeBytes, LocalDate sentOn, String sentBy, OffsetDateTime recordedAt, List<TracingRequestView> requests) {

    static TracingLetterView of(TracingLetter letter, List<TracingRequestView> requests) {
        return new TracingLetterView(letter.id, letter.seizureId, letter.stateCode, letter.language, letter.mediaType, letter.fileName,
                letter.sha256, letter.sizeBytes, letter.sentOn, letter.sentBy, letter.recordedAt, requests);
    }
}
