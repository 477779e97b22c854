package org.embargomonitor.search.linking;

import java.util.List;

/** Another item that shares a lot or headstamp with the item asked about, or a serial close to its serial. */
public record LinkedItem(String seizureId, String reference, String operation, String countryCode, String occurredAt,
        String itemId, int position, String category, String make, String model, String serialNumber, String lotNumber,
        String headstamp, List<Reason> reasons, Long serialDistance) {

    public enum Reason {
        SAME_LOT,
        SAME_HEADSTAMP,
        /** Same make and model, same letters, serial numbers within the configured distance. */
        CLOSE_SERIAL
    }
}
