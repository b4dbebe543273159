package dev.benchboard.ingest.format.fields;

import dev.benchboard.format.Sentence;
import dev.benchboard.ingest.model.ImportContext;
import dev.benchboard.ingest.model.ImportException;
import dev.benchboard.ingest.source.CsvLines;
import dev.benchboard.ingest.source.Text;
import dev.benchboard.ingest.source.TextSource;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A header-driven CSV file as records with validated field access. Columns are looked up by name, so
 * extra columns and any order are fine; a missing required column fails the whole file with the
 * header's line number and the columns that were found.
 */
public final class CsvTable {

    private final CsvLines csv;
    private final String format;
    private final long headerLine;

    private CsvTable(CsvLines csv, String format, long headerLine) {
        this.csv = csv;
        this.format = format;
        this.headerLine = headerLine;
    }

    public static CsvTable open(TextSource source, String format) throws IOException, ImportException {
        CsvLines csv = CsvLines.open(source.lines(format), format);
        return new CsvTable(csv, format, csv.lineNumber());
    }

    /**
     * For detection: the column names of the first non-blank line of a file's head, stripped of
     * quotes and blanks, lower-case.
     */
    public static List<String> columnsOf(String head) {
        for (String line : head.split("\r?\n")) {
            if (line.isBlank()) continue;
            String first = line.startsWith("\uFEFF") ? line.substring(1) : line;
            return Arrays.stream(first.split(",", -1))
                    .map(c -> c.strip().replace("\"", "").toLowerCase(Locale.ROOT)).toList();
        }
        return List.of();
    }

    public List<String> header() {
        return csv.header();
    }

    /** Position of the first of the names the header has; the file is unreadable without one. */
    public int required(String... names) throws ImportException {
        int column = csv.column(names);
        if (column < 0) {
            Sentence expected = names.length == 1 ? Sentence.of("ingest.fields.header-column", names[0])
                    : Sentence.of("ingest.fields.header-column-one-of", String.join(", ", names));
            throw new ImportException(format, headerLine, null, null, expected,
                    Sentence.of("ingest.fields.header-columns", Text.clip(String.join(",", csv.header()), 200)));
        }
        return column;
    }

    /** Position of the first of the names the header has, or -1. */
    public int optional(String... names) {
        return csv.column(names);
    }

    /** The next non-blank record, or null at the end of the file. */
    public CsvRecord next() throws IOException, ImportException {
        List<String> fields = csv.next();
        return fields == null ? null : new CsvRecord(fields, csv.header(), csv.lineNumber());
    }

    /** True when the file's last line had no newline (a capture cut off mid-line). */
    public boolean lastLineUnterminated() {
        return csv.lines().lastLineUnterminated();
    }

    /**
     * A file without a single usable record cannot be imported: fails with the first row problem when
     * every row had one, else says that there were no rows.
     */
    public void requireRecords(int usable, ImportContext context, String what) throws ImportException {
        requireRecords(usable, context, Sentence.verbatim(what));
    }

    /** As {@link #requireRecords(int, ImportContext, String)}, naming the rows ("chaos event") in the reader's language. */
    public void requireRecords(int usable, ImportContext context, Sentence what) throws ImportException {
        if (usable > 0) return;
        if (!context.problems().isEmpty()) throw ImportException.of(format, context.problems().getFirst());
        throw ImportException.at(format, headerLine + 1, Sentence.of("ingest.fields.rows-expected", what),
                Sentence.of("ingest.upload.no-records-found"));
    }

    public long headerLine() {
        return headerLine;
    }
}
