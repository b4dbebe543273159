package dev.benchboard.ingest.mapping;

import dev.benchboard.format.Sentence;
import dev.benchboard.ingest.model.Problem;
import dev.benchboard.common.Json;
import dev.benchboard.ingest.format.fields.CsvRecord;
import dev.benchboard.ingest.format.fields.CsvTable;
import dev.benchboard.ingest.format.fields.RowProblem;
import dev.benchboard.ingest.model.ImportException;
import dev.benchboard.ingest.source.LineReader;
import dev.benchboard.ingest.source.Text;
import dev.benchboard.ingest.source.TextSource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * The rows of a mapped file with their column names: a CSV with a header line, or JSON lines (one flat
 * object per line; the first object's keys are the header). Cells come as text; the mapped importer
 * converts them by role.
 */
abstract class MappedTable {

    /** One row: its line and its cells by column position. */
    interface Row {
        long line();

        /** The stripped cell, or null when absent or blank. */
        String text(int column);

        /** A problem at the cell; found in our words ("an empty cell") or as {@link Problem#data(String)}. */
        RowProblem problem(int column, Sentence expected, Sentence found);

        /** A problem at the cell, found being the cell as written. */
        default RowProblem problem(int column, Sentence expected, String found) {
            return problem(column, expected, Problem.data(found));
        }
    }

    abstract List<String> header();

    /** The next row, or null at the end. */
    abstract Row next() throws IOException, ImportException;

    /** The position of a column in the header (the mapping was checked against it). */
    int column(String name) {
        return name == null ? -1 : header().indexOf(name);
    }

    /** JSON lines when the first non-blank character is '{', else CSV. */
    static boolean isJsonLines(String head) {
        String s = head.startsWith("\uFEFF") ? head.substring(1) : head;
        return s.stripLeading().startsWith("{");
    }

    /**
     * The header a mapping is remembered by: a CSV's column names as written (stripped, quotes
     * removed), or the first JSON object's keys, joined by commas.
     */
    static List<String> headerOf(String head) {
        if (isJsonLines(head)) {
            String first = head.stripLeading().lines().findFirst().orElse("");
            try {
                JsonNode node = Json.mapper().readTree(first.startsWith("\uFEFF") ? first.substring(1) : first);
                return node != null && node.isObject() ? List.copyOf(node.propertyNames()) : List.of();
            } catch (JacksonException e) {
                return List.of();
            }
        }
        for (String line : head.split("\r?\n")) {
            if (line.isBlank()) continue;
            String first = line.startsWith("\uFEFF") ? line.substring(1) : line;
            return java.util.Arrays.stream(first.split(",", -1)).map(c -> c.strip().replace("\"", "")).toList();
        }
        return List.of();
    }

    static MappedTable open(TextSource source, String format, boolean jsonLines) throws IOException, ImportException {
        return jsonLines ? JsonLines.open(source.lines(format), format) : new Csv(CsvTable.open(source, format));
    }

    private static final class Csv extends MappedTable {
        private final CsvTable csv;
        private final List<String> header;

        Csv(CsvTable csv) {
            this.csv = csv;
            this.header = csv.header().stream().map(c -> c.strip().replace("\"", "")).toList();
        }

        @Override
        List<String> header() {
            return header;
        }

        @Override
        Row next() throws IOException, ImportException {
            CsvRecord record = csv.next();
            if (record == null) return null;
            return new Row() {
                @Override public long line() { return record.line(); }
                @Override public String text(int column) { return record.text(column); }
                @Override public RowProblem problem(int column, Sentence expected, Sentence found) {
                    return record.problem(column, expected, found);
                }
            };
        }
    }

    private static final class JsonLines extends MappedTable {
        private final LineReader lines;
        private final String format;
        private final List<String> header;
        private JsonNode pending;
        private long pendingLine;

        private JsonLines(LineReader lines, String format, List<String> header, JsonNode first, long firstLine) {
            this.lines = lines;
            this.format = format;
            this.header = header;
            this.pending = first;
            this.pendingLine = firstLine;
        }

        static JsonLines open(LineReader lines, String format) throws IOException, ImportException {
            String line;
            while ((line = lines.next()) != null && line.isBlank()) { }
            if (line == null) throw ImportException.at(format, 1, Sentence.of("ingest.mapping.expected.json-lines"), Sentence.of("ingest.mapping.found.empty-file"));
            JsonNode first = object(line, lines.lineNumber(), format);
            return new JsonLines(lines, format, List.copyOf(first.propertyNames()), first, lines.lineNumber());
        }

        private static JsonNode object(String line, long number, String format) throws ImportException {
            try {
                JsonNode node = Json.mapper().readTree(line.startsWith("\uFEFF") ? line.substring(1) : line);
                if (node != null && node.isObject()) return node;
            } catch (JacksonException e) {
                throw ImportException.at(format, number, Sentence.of("ingest.mapping.expected.json-line"), Text.quote(Text.clip(line, 80)));
            }
            throw ImportException.at(format, number, Sentence.of("ingest.mapping.expected.json-line"), Text.quote(Text.clip(line, 80)));
        }

        @Override
        List<String> header() {
            return header;
        }

        @Override
        Row next() throws IOException, ImportException {
            if (pending == null) {
                String line;
                while ((line = lines.next()) != null && line.isBlank()) { }
                if (line == null) return null;
                pending = object(line, lines.lineNumber(), format);
                pendingLine = lines.lineNumber();
            }
            JsonNode node = pending;
            long line = pendingLine;
            pending = null;
            List<String> cells = new ArrayList<>(header.size());
            for (String key : header) {
                JsonNode v = node.get(key);
                cells.add(v == null || v.isNull() ? null : v.isValueNode() ? v.asString() : v.toString());
            }
            return new Row() {
                @Override public long line() { return line; }
                @Override public String text(int column) {
                    if (column < 0 || column >= cells.size() || cells.get(column) == null) return null;
                    String s = cells.get(column).strip();
                    return s.isEmpty() ? null : s;
                }
                @Override public RowProblem problem(int column, Sentence expected, Sentence found) {
                    return new RowProblem(line, null, column >= 0 ? header.get(column) : null, expected, found);
                }
            };
        }
    }
}
