package org.embargomonitor.seizures.seizure;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An item as callers see it, with its marks as read and as matched. */
public record ItemView(UUID id, int position, ItemCategory category, String make, String model, String calibre,
        String calibreCanonical, String serialNumber, String serialNumberNormalised, int quantity, String manufacturer, String countryOfManufacture,
        Integer yearOfManufacture, String importMark, String headstamp, String headstampNormalised, String lotNumber,
        String lotNumberNormalised, MarkingState markingState, boolean craftProduced, boolean printed3d, boolean polymer,
        String markings, ItemStatus status, String statusChangedBy, OffsetDateTime statusChangedAt, long version) {

    public static ItemView of(Item i) {
        return new ItemView(i.id, i.position, i.category, i.make, i.model, i.calibre, i.calibreCanonical, i.serialNumber, i.serialNumberNormalised,
                i.quantity, i.manufacturer, i.countryOfManufacture, i.yearOfManufacture, i.importMark, i.headstamp,
                i.headstampNormalised, i.lotNumber, i.lotNumberNormalised, i.markingState, i.craftProduced, i.printed3d,
                i.polymer, i.markings, i.status, i.statusChangedBy, i.statusChangedAt, i.version);
    }
}
