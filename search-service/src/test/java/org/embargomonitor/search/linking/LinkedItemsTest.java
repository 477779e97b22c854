package org.embargomonitor.search.linking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.embargomonitor.search.TestRecords.record;
import static org.embargomonitor.search.TestRecords.rifle;

import java.util.List;

import org.embargomonitor.search.query.IndexedRecord;
import org.junit.jupiter.api.Test;

class LinkedItemsTest {

    private final IndexedRecord.Item asked = rifle("Kalashnikov", "AKM", "KT 104523", "LOT-88/11", null);

    @Test
    void shouldLinkTheSameLotAcrossCountries() {
        IndexedRecord elsewhere = record("MONUSCO", "COD", "", rifle("Other", "Model", "ZZ1", "lot 88 11", null));

        List<LinkedItem> linked = LinkedItems.linkedTo(asked, List.of(elsewhere), 50);

        assertThat(linked).singleElement().satisfies(l -> {
            assertThat(l.reasons()).containsExactly(LinkedItem.Reason.SAME_LOT);
            assertThat(l.countryCode()).isEqualTo("COD");
        });
    }

    @Test
    void shouldLinkSerialsWithinTheRangeOfTheSameMakeAndModelOnly() {
        IndexedRecord near = record("MINUSCA", "CAF", "", rifle("kalashnikov", "akm", "KT-104560", null, null));
        IndexedRecord far = record("MINUSCA", "CAF", "", rifle("Kalashnikov", "AKM", "KT 104700", null, null));
        IndexedRecord otherLetters = record("MINUSCA", "CAF", "", rifle("Kalashnikov", "AKM", "XB 104524", null, null));
        IndexedRecord otherModel = record("MINUSCA", "CAF", "", rifle("Kalashnikov", "AK-74", "KT 104524", null, null));

        List<LinkedItem> linked = LinkedItems.linkedTo(asked, List.of(near, far, otherLetters, otherModel), 50);

        assertThat(linked).singleElement().satisfies(l -> {
            assertThat(l.seizureId()).isEqualTo(near.id());
            assertThat(l.reasons()).containsExactly(LinkedItem.Reason.CLOSE_SERIAL);
            assertThat(l.serialDistance()).isEqualTo(37L);
        });
    }

    @Test
    void shouldLinkTheSameHeadstampAndPutItemsWithMoreReasonsFirst() {
        IndexedRecord.Item cartridge = rifle("Kalashnikov", "AKM", "KT104520", "LOT-88/11", "71 / 86");
        IndexedRecord headstampOnly = record("MINUSCA", "CAF", "", rifle("x", "y", null, null, "71/86"));
        IndexedRecord both = record("MINUSCA", "CAF", "", rifle("Kalashnikov", "AKM", "KT104521", "LOT 8811", "7186"));

        List<LinkedItem> linked = LinkedItems.linkedTo(cartridge, List.of(headstampOnly, both), 50);

        assertThat(linked).extracting(LinkedItem::seizureId).containsExactly(both.id(), headstampOnly.id());
        assertThat(linked.get(0).reasons()).containsExactly(LinkedItem.Reason.SAME_LOT, LinkedItem.Reason.SAME_HEADSTAMP,
                LinkedItem.Reason.CLOSE_SERIAL);
    }

    @Test
    void shouldNotLinkAnItemToItself() {
        IndexedRecord own = new IndexedRecord(IndexedRecord.RELATION, "s", 0, "REF", "MINUSCA", "CAF", null, null, null, null, null,
                null, List.of(asked));

        assertThat(LinkedItems.linkedTo(asked, List.of(own), 50)).isEmpty();
    }
}
