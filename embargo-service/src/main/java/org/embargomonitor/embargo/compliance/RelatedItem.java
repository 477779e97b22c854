package org.embargomonitor.embargo.compliance;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An item of another seizure with the same lot, or a serial close to this item's, as stored by earlier evaluations,
 * with the supply chain it was in when read (null when in none).
 */
public record RelatedItem(
        UUID itemId,
        UUID seizureId,
        String seizureReference,
        String countryCode,
        LocalDate seizedOn,
        Link link,
        String detail,
        String embargoRegime,
        UUID embargoVersionId,
        String embargoCitation,
        UUID chainId) {

    public enum Link {
        SAME_LOT, CLOSE_SERIALS
    }

    public boolean underEmbargo() {
        return embargoRegime != null;
    }
}
