package org.embargomonitor.seizures.importing;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.embargomonitor.platform.SafeText;

/** Reads the rows of a CSV file (Apache Commons CSV) or of the first sheet of an XLSX file (Apache POI). */
public final class SheetReader {

    private SheetReader() {
    }

    /** The most one part of an XLSX file may unpack to; the whole workbook is read into memory. */
    static final int MAX_UNPACKED_MEGABYTES = 100;
    /** A part that unpacks more than a hundred times its packed size is a zip bomb (POI's own default, kept explicit). */
    private static final double MIN_INFLATE_RATIO = 0.01;

    static {
        ZipSecureFile.setMaxEntrySize(MAX_UNPACKED_MEGABYTES * 1024L * 1024L);
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    }

    /** The rows of a file, read as they are iterated; closing them closes the file. */
    public static final class Rows implements Iterator<SheetRow>, Closeable {

        private final Iterator<SheetRow> rows;
        private final Closeable file;

        private Rows(Iterator<SheetRow> rows, Closeable file) {
            this.rows = rows;
            this.file = file;
        }

        @Override
        public boolean hasNext() {
            return rows.hasNext();
        }

        @Override
        public SheetRow next() {
            return rows.next();
        }

        @Override
        public void close() throws IOException {
            file.close();
        }
    }

    /**
     * The rows of a file as they are read: a CSV file a row at a time, so that an import holds no more of it than it
     * works on (a 40 MB file's rows took most of a 384 MB heap at once); an XLSX workbook is read whole by POI, within
     * {@value #MAX_UNPACKED_MEGABYTES} MB. A row that cannot be read throws an {@link UncheckedIOException} when reached.
     */
    public static Rows open(Path file, ImportJob.Format format) throws IOException {
        if (format == ImportJob.Format.CSV) {
            return openCsv(file);
        }
        return new Rows(readXlsx(file).iterator(), () -> { });
    }

    /** How many rows the file has, every one of them read, so that an unreadable file is known before any is imported. */
    public static int count(Path file, ImportJob.Format format) throws IOException {
        int count = 0;
        try (Rows rows = open(file, format)) {
            for (; rows.hasNext(); rows.next()) {
                count++;
            }
        } catch (UncheckedIOException unreadable) {
            throw unreadable.getCause();
        }
        return count;
    }

    private static Rows openCsv(Path file) throws IOException {
        CSVFormat csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setTrim(true).get();
        Reader reader = new InputStreamReader(withoutByteOrderMark(Files.newInputStream(file)), StandardCharsets.UTF_8);
        CSVParser parser;
        try {
            parser = csv.parse(reader);
        } catch (IOException | RuntimeException unreadable) {
            reader.close();
            throw unreadable;
        }
        return new Rows(parser.stream().map(SheetReader::toRow).iterator(), parser);
    }

    private static SheetRow toRow(CSVRecord record) {
        Map<String, String> cells = new LinkedHashMap<>();
        record.toMap().forEach((column, value) -> cells.put(column.strip().toLowerCase(Locale.ROOT), SafeText.clean(value)));
        return new SheetRow((int) record.getRecordNumber() + 1, cells);
    }

    private static List<SheetRow> readXlsx(Path file) throws IOException {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        List<SheetRow> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); Workbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(sheet.getFirstRowNum());
            if (header == null) {
                return rows;
            }
            List<String> columns = new ArrayList<>();
            for (Cell cell : header) {
                while (columns.size() < cell.getColumnIndex()) {
                    columns.add("");
                }
                columns.add(formatter.formatCellValue(cell).strip().toLowerCase(Locale.ROOT));
            }
            for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<String, String> cells = new LinkedHashMap<>();
                for (int c = 0; c < columns.size(); c++) {
                    Cell cell = row.getCell(c);
                    cells.put(columns.get(c), cell == null ? null : SafeText.clean(formatter.formatCellValue(cell)));
                }
                if (cells.values().stream().allMatch(v -> v == null || v.isBlank())) {
                    continue;
                }
                rows.add(new SheetRow(r + 1, cells));
            }
        }
        return rows;
    }

    private static InputStream withoutByteOrderMark(InputStream in) throws IOException {
        var buffered = new java.io.BufferedInputStream(in);
        buffered.mark(3);
        byte[] head = buffered.readNBytes(3);
        if (!(head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF)) {
            buffered.reset();
        }
        return buffered;
    }
}
