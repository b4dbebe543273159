package dev.benchboard.export;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One exported table: a header and rows of cells, written as RFC 4180 CSV by FastCSV with every
 * cell passed through {@link SpreadsheetSafe}.
 */
public record CsvTable(List<String> header, List<List<String>> rows) {

    public CsvTable {
        header = List.copyOf(header);
        List<List<String>> copies = new ArrayList<>();
        for (List<String> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("row has " + row.size() + " cells, header has " + header.size());
            }
            copies.add(java.util.Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = List.copyOf(copies);
    }

    public String toCsv() {
        StringWriter out = new StringWriter();
        try (CsvWriter csv = CsvWriter.builder().build(out)) {
            csv.writeRecord(header.stream().map(SpreadsheetSafe::cell).toList());
            for (List<String> row : rows) csv.writeRecord(row.stream().map(SpreadsheetSafe::cell).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Rows are built cell by cell; numbers keep their full precision (the CSV is for machines too). */
    static final class Builder {
        private final List<String> header;
        private final List<List<String>> rows = new ArrayList<>();
        private List<String> current;

        Builder(List<String> header) {
            this.header = header;
        }

        Builder row() {
            current = new ArrayList<>();
            rows.add(current);
            return this;
        }

        Builder text(String value) {
            current.add(value == null ? "" : value);
            return this;
        }

        Builder number(Number value) {
            current.add(value == null ? "" : value.toString());
            return this;
        }

        Builder estimate(Estimate e) {
            return number(e == null ? null : e.value()).number(e == null ? null : e.ciLow())
                    .number(e == null ? null : e.ciHigh());
        }

        CsvTable build() {
            return new CsvTable(header, rows);
        }
    }
}
