package org.embargomonitor.embargo.compliance;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * What the compliance checks read of a seizure, as the seizure service's events carry it
 * (docs/events/seizure-event.schema.json); fields it does not need are ignored.
 */
public record SeizureFacts(
        UUID id,
        String reference,
        String operation,
        OffsetDateTime occurredAt,
        LocalDate occurredOn,
        String countryCode,
        String adminArea,
        String placeName,
        String circumstance,
        Possessor possessor,
        Destination destination,
        List<Item> items,
        long version,
        Double latitude,
        Double longitude,
        String locationType) {

    /**
     * {@code occurredOn}, the date where the seizure happened, is read from the offset of {@code occurredAt} as the
     * seizure service sent it, and kept with the facts: stored times keep only the instant.
     */
    public SeizureFacts {
        items = items == null ? List.of() : List.copyOf(items);
        occurredOn = occurredOn != null ? occurredOn : occurredAt.toLocalDate();
    }

    /** Facts of a seizure not in transit, as the seizure service's event carries them: the date is where the time's offset puts it. */
    public SeizureFacts(UUID id, String reference, String operation, OffsetDateTime occurredAt, String countryCode, String adminArea,
            String placeName, String circumstance, Possessor possessor, List<Item> items, long version, Double latitude,
            Double longitude, String locationType) {
        this(id, reference, operation, occurredAt, null, countryCode, adminArea, placeName, circumstance, possessor, null, items, version,
                latitude, longitude, locationType);
    }

    /** The seizure's date where it happened: the date every check is made as of. */
    public LocalDate date() {
        return occurredOn;
    }

    public boolean heldByGovernmentForces() {
        return possessor != null && "GOVERNMENT_FORCES".equals(possessor.kind());
    }

    public boolean heldByArmedGroup() {
        return possessor != null && "ARMED_GROUP".equals(possessor.kind());
    }

    public record Possessor(String kind, String description, String designatedPartyRef, String committeeNotification, String actingFor) {
    }

    /** Where items seized in transit were bound, for whom, and what shows it. */
    public record Destination(String countryCode, String recipient, String recipientKind, String basis) {
    }

    public record Item(
            UUID id,
            int position,
            String category,
            String make,
            String model,
            String calibreCanonical,
            String serialNumber,
            String serialNumberNormalised,
            Integer quantity,
            String manufacturer,
            String countryOfManufacture,
            Integer yearOfManufacture,
            String headstamp,
            String headstampNormalised,
            Integer headstampYear,
            String lotNumber,
            String lotNumberNormalised,
            String markingState,
            String status,
            OffsetDateTime statusChangedAt,
            List<Step> history) {

        public Item {
            history = history == null ? List.of() : List.copyOf(history);
        }

        public boolean marksObliterated() {
            return "PARTLY_OBLITERATED".equals(markingState) || "OBLITERATED".equals(markingState);
        }

        /**
         * What happened to the item and when; for an item whose event carried no history (sent before it was kept),
         * recorded on the seizure's date and its current status on the day it was set (the seizure's date when unknown).
         */
        public List<Step> steps(LocalDate seizedOn) {
            if (!history.isEmpty()) {
                return history;
            }
            Step recorded = new Step("RECORDED", seizedOn, null);
            return status == null || "RECORDED".equals(status) ? List.of(recorded)
                    : List.of(recorded, new Step(status, statusChangedAt == null ? seizedOn : statusChangedAt.toLocalDate(), null));
        }
    }

    /**
     * One step of an item's history: a status it took, or the end of a tracing request, on the day it happened; a
     * tracing request with the day its answer is due (none on requests recorded before due dates were kept).
     */
    public record Step(String step, LocalDate on, LocalDate due) {
    }
}
