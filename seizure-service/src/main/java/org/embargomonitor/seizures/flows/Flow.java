package org.embargomonitor.seizures.flows;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Items that came from one country to seizures in another: a line on the flow map, weighted by items. */
@Schema(name = "Flow")
public record Flow(
        @Schema(description = "MANUFACTURE: from the country of manufacture; DIVERSION: from the point of diversion a tracing answer established")
        Kind kind,
        @Schema(description = "ISO 3166-1 alpha-3") String fromCountry,
        @Schema(description = "The country of the seizures, ISO 3166-1 alpha-3") String toCountry,
        @Schema(description = "The mean position of the seizures with a position, or null") Double toLatitude,
        Double toLongitude,
        long items,
        long seizures,
        @Schema(description = "The records behind the line, newest first (at most 50); left out for committees") List<Record> records) {

    public enum Kind {
        MANUFACTURE, DIVERSION
    }

    /** One seizure's items on the line. */
    @Schema(name = "FlowRecord")
    public record Record(UUID seizureId, String reference, String occurredOn, String categories, long items) {
    }
}
