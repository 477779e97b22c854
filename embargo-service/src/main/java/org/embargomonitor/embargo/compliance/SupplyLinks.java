package org.embargomonitor.embargo.compliance;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** For each item of a seizure, the items of other seizures it is linked to and the supply chain it is in. */
public record SupplyLinks(Map<UUID, List<RelatedItem>> relatedByItem, Map<UUID, UUID> chainOfItem) {

    public static final SupplyLinks NONE = new SupplyLinks(Map.of(), Map.of());

    List<RelatedItem> of(UUID itemId) {
        return relatedByItem.getOrDefault(itemId, List.of());
    }
}
