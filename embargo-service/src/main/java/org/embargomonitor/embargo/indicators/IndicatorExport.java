package org.embargomonitor.embargo.indicators;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.embargomonitor.platform.FormulaSafe;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A dashboard's data as CSV or XLSX: one row per period and a total, one column per figure, with the filter on top. */
final class IndicatorExport {

    private IndicatorExport() {
    }

    static List<String> header() {
        List<String> header = new ArrayList<>(List.of("period", "from", "to"));
        for (RecordComponent figure : Figures.class.getRecordComponents()) {
            header.add(figure.getName());
        }
        header.add("records");
        return header;
    }

    static List<List<Object>> rows(IndicatorReport report) {
        List<List<Object>> rows = new ArrayList<>();
        for (IndicatorReport.PeriodReport period : report.series()) {
            rows.add(row(period.period(), period.from(), period.to(), period.figures(), period.records()));
        }
        rows.add(row("total", report.filter().from(), report.filter().to(), report.totals(), report.records()));
        return rows;
    }

    static String filterLine(IndicatorReport report) {
        IndicatorReport.AppliedFilter f = report.filter();
        return "regime=" + nullToEmpty(f.regime()) + "; countries=" + String.join(" ", f.countries()) + "; operation="
                + nullToEmpty(f.operation()) + "; from=" + nullToEmpty(f.from()) + "; to=" + nullToEmpty(f.to()) + "; period=" + f.period()
                + "; as of=" + f.asOf();
    }

    static String csv(IndicatorReport report) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            csv.printComment(filterLine(report));
            csv.printRecord(header());
            for (List<Object> row : rows(report)) {
                csv.printRecord(row.stream().map(FormulaSafe::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static byte[] xlsx(IndicatorReport report) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Indicators");
            sheet.createRow(0).createCell(0).setCellValue(filterLine(report));
            List<String> header = header();
            Row headerRow = sheet.createRow(1);
            for (int c = 0; c < header.size(); c++) {
                headerRow.createCell(c).setCellValue(header.get(c));
            }
            List<List<Object>> rows = rows(report);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 2);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Object> row(String period, Object from, Object to, Figures figures, String records) {
        List<Object> row = new ArrayList<>(List.of(period, nullToEmpty(from), nullToEmpty(to)));
        for (RecordComponent figure : Figures.class.getRecordComponents()) {
            try {
                row.add(figure.getAccessor().invoke(figures));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        row.add(records);
        return row;
    }

    private static String nullToEmpty(Object value) {
        return value == null ? "" : value.toString();
    }
}
