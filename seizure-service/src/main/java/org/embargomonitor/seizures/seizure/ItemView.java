package org.embargomonitor.seizures.seizure;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An item as callers see it, with its marks as read and as matched. */
public record ItemView(UUID id, int position, ItemCategory category, String make, String model, String calibre,
        String calibreCanonical, String serialNumber, String serialNumberNormalised, int quantity, String manufacturer, String countryOfManufacture,
        Integer yearOfManufacture, String importMark, String headstamp, String headstampNormalised,
        @Schema(description = "The factory whose code the headstamp bears, from the reference catalogue") String headstampFactory,
        @Schema(description = "The year of manufacture the headstamp reads next to a known factory code") Integer headstampYear,
        String lotNumber,
        String lotNumberNormalised, MarkingState markingState, boolean craftProduced, boolean printed3d, boolean polymer,
        String markings, ItemStatus status, String statusChangedBy, OffsetDateTime statusChangedAt,
        @Schema(description = "What happened to the item and when, oldest first") List<ItemHistory.Step> history, long version) {

    public static ItemView of(Item i) {
        return new ItemView(i.id, i.position, i.category, i.make, i.model, i.calibre, i.calibreCanonical, i.serialNumber, i.serialNumberNormalised,
                i.quantity, i.manufacturer, i.countryOfManufacture, i.yearOfManufacture, i.importMark, i.headstamp,
                i.headstampNormalised, i.headstampFactory, i.headstampYear, i.lotNumber, i.lotNumberNormalised, i.markingState, i.craftProduced, i.printed3d,
                i.polymer, i.markings, i.status, i.statusChangedBy, i.statusChangedAt, i.history.steps(), i.version);
    }
}
