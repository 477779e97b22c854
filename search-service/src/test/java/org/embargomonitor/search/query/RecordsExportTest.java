package org.embargomonitor.search.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RecordsExportTest {

    @Test
    void shouldWriteOneRowPerItemAndOneForASeizureWithoutItems() {
        IndexedRecord.Item rifle = new IndexedRecord.Item("i1", 1, "ASSAULT_RIFLE", "Kalashnikov pattern", "AKM", "7.62x39mm", null,
                "KT 1O4523", "KT104523", null, null, null, "INTACT", "RECORDED");
        IndexedRecord twoItems = new IndexedRecord(IndexedRecord.RELATION, "1", 0, "REF-1", "MINUSCA", "CAF", "2026-02-01T10:00:00Z", "SEIZED", "Bria",
                null, null, Map.of(), List.of(rifle, rifle));
        IndexedRecord none = new IndexedRecord(IndexedRecord.RELATION, "2", 0, "REF-2", "MINUSCA", "CAF", "2026-02-01T10:00:00Z", "FOUND", "Ndele",
                null, null, Map.of(), List.of());

        List<List<String>> rows = RecordsExport.rows(List.of(twoItems, none));

        assertThat(rows).hasSize(3).allSatisfy(row -> assertThat(row).hasSize(RecordsExport.COLUMNS.size()));
        assertThat(rows.get(1).get(7)).isEqualTo("2");
        assertThat(rows.get(2).get(0)).isEqualTo("REF-2");
    }
}
