package org.embargomonitor.search.batch;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.embargomonitor.platform.FormulaSafe;

/** Reads the lines of a batch (pasted text or the first column of a CSV file) and writes its results as CSV. */
public final class BatchLines {

    /** A first CSV row whose first cell is one of these is a header, not a value. */
    private static final Set<String> HEADERS = Set.of("value", "serial", "serial_number", "serialnumber", "lot", "lot_number",
            "lotnumber", "mark", "name", "query");
    private static final int MAX_VALUE_LENGTH = 200;

    private BatchLines() {
    }

    public static List<String> ofText(String body) {
        return body == null ? List.of() : body.lines().map(String::strip).filter(line -> !line.isEmpty()).map(BatchLines::capped).toList();
    }

    public static List<String> ofCsv(String body) {
        List<String> values = new ArrayList<>();
        try {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get().parse(new StringReader(body == null ? "" : body))) {
                String first = row.get(0).replace("\uFEFF", "");
                if (row.getRecordNumber() == 1 && HEADERS.contains(first.toLowerCase(Locale.ROOT))) {
                    continue;
                }
                if (!first.isEmpty()) {
                    values.add(capped(first));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalArgumentException("is not CSV: " + e.getMessage(), e);
        }
        return values;
    }

    /** One row per record found, and one row with no record for a line that found none. */
    public static String resultsCsv(BatchSearch batch) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader("line", "value", "hits", "reference", "country_code", "occurred_at", "record_id", "error").get())) {
            for (BatchSearch.Line line : batch.lines()) {
                if (line.records().isEmpty()) {
                    csv.printRecord(line.line(), FormulaSafe.cell(line.value()), line.hits(), "", "", "", "", line.error() == null ? "" : line.error());
                }
                for (BatchSearch.Found found : line.records()) {
                    csv.printRecord(line.line(), FormulaSafe.cell(line.value()), line.hits(), found.reference(), found.countryCode(), found.occurredAt(),
                            found.id(), "");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A value a spreadsheet would run as a formula is written with a leading apostrophe. */
    private static String capped(String value) {
        return value.length() > MAX_VALUE_LENGTH ? value.substring(0, MAX_VALUE_LENGTH) : value;
    }
}
