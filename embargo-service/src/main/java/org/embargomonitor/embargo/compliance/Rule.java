package org.embargomonitor.embargo.compliance;

/** The compliance rules; each finding names the one that raised it. */
public enum Rule {
    /** The item was inside a territory under an embargo that covered its holder. */
    EMBARGOED_TERRITORY,
    /** The item was held by, or seized from, a party designated under the regime (or a group it names). */
    DESIGNATED_PARTY,
    /** Made after the embargo began: supplied in breach of it. */
    SUPPLY_AFTER_EMBARGO,
    /** The marks were obliterated on an item under an embargo. */
    MARKS_OBLITERATED,
    /** Delivered to government forces without the notification or approval the regime requires. */
    UNNOTIFIED_GOVERNMENT_DELIVERY,
    /** The same lot, or serials close together of the same make and model, already seen under an embargo. */
    COMMON_SUPPLY_CHAIN
}
