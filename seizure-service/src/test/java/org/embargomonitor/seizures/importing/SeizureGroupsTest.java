package org.embargomonitor.seizures.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class SeizureGroupsTest {

    @Test
    void shouldFormEachSeizureFromTheRowsAsTheyAreReadWithoutReadingTheWholeFile() {
        Iterator<SheetRow> endless = Stream.iterate(1, n -> n + 1).map(n -> new SheetRow(n, Map.of("reference", "R" + (n + 1) / 2)))
                .iterator();

        Iterator<List<SheetRow>> groups = ImportService.bySeizure(endless);

        assertThat(groups.next()).extracting(SheetRow::number).containsExactly(1, 2);
        assertThat(groups.next()).extracting(SheetRow::number).containsExactly(3, 4);
        assertThat(groups.hasNext()).isTrue();
    }

    @Test
    void shouldLetARowWithoutReferenceStandAlone() {
        List<SheetRow> rows = List.of(new SheetRow(2, Map.of("reference", "A")), new SheetRow(3, Map.of()), new SheetRow(4, Map.of()),
                new SheetRow(5, Map.of("reference", "A")));

        List<List<SheetRow>> groups = new ArrayList<>();
        ImportService.bySeizure(rows.iterator()).forEachRemaining(groups::add);

        assertThat(groups).extracting(group -> group.stream().map(SheetRow::number).toList())
                .containsExactly(List.of(2), List.of(3), List.of(4), List.of(5));
    }
}
