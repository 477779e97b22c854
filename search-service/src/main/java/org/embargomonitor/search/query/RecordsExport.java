package org.embargomonitor.search.query;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.embargomonitor.platform.FormulaSafe;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** A result set as a table for report annexes: one row per item, the seizure's fields repeated on each. */
final class RecordsExport {

    static final List<String> COLUMNS = List.of("reference", "operation", "country_code", "occurred_at", "place_name",
            "circumstance", "possessor", "item", "category", "make", "model", "calibre", "manufacturer", "serial_number",
            "lot_number", "headstamp", "marking_state", "status");

    private RecordsExport() {
    }

    static List<List<String>> rows(List<IndexedRecord> records) {
        List<List<String>> rows = new ArrayList<>();
        for (IndexedRecord r : records) {
            List<String> seizure = List.of(text(r.reference()), text(r.operation()), text(r.countryCode()), text(r.occurredAt()),
                    text(r.placeName()), text(r.circumstance()), text(r.possessor()));
            List<IndexedRecord.Item> items = r.items() == null ? List.of() : r.items();
            if (items.isEmpty()) {
                List<String> row = new ArrayList<>(seizure);
                while (row.size() < COLUMNS.size()) {
                    row.add("");
                }
                rows.add(row);
            }
            for (int i = 0; i < items.size(); i++) {
                IndexedRecord.Item item = items.get(i);
                List<String> row = new ArrayList<>(seizure);
                row.addAll(List.of(String.valueOf(i + 1), text(item.category()), text(item.make()), text(item.model()),
                        text(item.calibre()), text(item.manufacturer()), text(item.serialNumber()), text(item.lotNumber()),
                        text(item.headstamp()), text(item.markingState()), text(item.status())));
                rows.add(row);
            }
        }
        return rows;
    }

    /** UTF-8 with a byte-order mark, so that spreadsheet programs read accents and Arabic right. */
    static byte[] csv(List<IndexedRecord> records) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xEF);
        out.write(0xBB);
        out.write(0xBF);
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get())) {
            for (List<String> row : rows(records)) {
                printer.printRecord(row.stream().map(FormulaSafe::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] xlsx(List<IndexedRecord> records) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Records");
            Row header = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(COLUMNS.get(c));
            }
            List<List<String>> rows = rows(records);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < COLUMNS.size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A cell starting with = + - @ would run as a formula when the file is opened: it is kept as text. */
    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
