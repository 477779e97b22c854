package org.embargomonitor.search.linking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.embargomonitor.platform.MarkNormaliser;
import org.embargomonitor.search.query.IndexedRecord;

/** Decides, item by item, why two items are linked: pure logic over indexed records. */
public final class LinkedItems {

    private LinkedItems() {
    }

    /** A serial split into its letters and the number its last run of digits makes. */
    record SerialParts(String letters, long number) {

        static SerialParts of(String normalisedSerial) {
            if (normalisedSerial == null) {
                return null;
            }
            int end = normalisedSerial.length();
            int start = end;
            while (start > 0 && Character.isDigit(normalisedSerial.charAt(start - 1))) {
                start--;
            }
            if (start == end || end - start > 18) {
                return null;
            }
            return new SerialParts(normalisedSerial.substring(0, start), Long.parseLong(normalisedSerial.substring(start)));
        }
    }

    public static List<LinkedItem> linkedTo(IndexedRecord.Item item, List<IndexedRecord> candidates, long serialRange) {
        List<LinkedItem> linked = new ArrayList<>();
        SerialParts serial = SerialParts.of(item.serialNumberNormalised());
        String headstamp = MarkNormaliser.normalise(item.headstamp());
        for (IndexedRecord record : candidates) {
            for (IndexedRecord.Item other : record.items()) {
                if (other.id() != null && other.id().equals(item.id())) {
                    continue;
                }
                List<LinkedItem.Reason> reasons = new ArrayList<>();
                if (item.lotNumberNormalised() != null && item.lotNumberNormalised().equals(other.lotNumberNormalised())) {
                    reasons.add(LinkedItem.Reason.SAME_LOT);
                }
                if (headstamp != null && headstamp.equals(MarkNormaliser.normalise(other.headstamp()))) {
                    reasons.add(LinkedItem.Reason.SAME_HEADSTAMP);
                }
                Long distance = serialDistance(item, serial, other);
                if (distance != null && distance <= serialRange) {
                    reasons.add(LinkedItem.Reason.CLOSE_SERIAL);
                } else {
                    distance = null;
                }
                if (!reasons.isEmpty()) {
                    linked.add(new LinkedItem(record.id(), record.reference(), record.operation(), record.countryCode(),
                            record.occurredAt(), other.id(), other.position(), other.category(), other.make(), other.model(),
                            other.serialNumber(), other.lotNumber(), other.headstamp(), List.copyOf(reasons), distance));
                }
            }
        }
        linked.sort(Comparator.comparingInt((LinkedItem l) -> -l.reasons().size())
                .thenComparingLong(l -> l.serialDistance() == null ? Long.MAX_VALUE : l.serialDistance())
                .thenComparing(LinkedItem::reference, Comparator.nullsLast(Comparator.naturalOrder())));
        return linked;
    }

    private static Long serialDistance(IndexedRecord.Item item, SerialParts serial, IndexedRecord.Item other) {
        if (serial == null || !sameText(item.make(), other.make()) || !sameText(item.model(), other.model())) {
            return null;
        }
        SerialParts theirs = SerialParts.of(other.serialNumberNormalised());
        if (theirs == null || !theirs.letters().equals(serial.letters())) {
            return null;
        }
        return Math.abs(theirs.number() - serial.number());
    }

    private static boolean sameText(String a, String b) {
        return a != null && b != null && a.strip().equalsIgnoreCase(b.strip());
    }
}
