package org.embargomonitor.seizures.importing;

import java.util.Map;

/** One data row of a spreadsheet: its row number as people see it (header is row 1) and its cells by column. */
public record SheetRow(int number, Map<String, String> cells) {

    public String get(String column) {
        String value = cells.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
