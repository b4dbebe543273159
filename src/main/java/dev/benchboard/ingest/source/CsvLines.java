package dev.benchboard.ingest.source;

import dev.benchboard.format.Sentence;
import dev.benchboard.ingest.model.ImportException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Header-driven CSV over a {@link LineReader}: columns are found by name (case-insensitive, trimmed),
 * so extra columns and any column order are fine. Quoted fields (RFC 4180, "" escapes) are supported
 * within one line; the tools we read never break records across lines. Blank lines are skipped.
 * Fast path: a line without quotes is split on commas directly.
 */
public final class CsvLines {

    /** What a quoted cell that runs to the end of its line lacks; readers that reject such a row compare with it. */
    public static final Sentence UNCLOSED_QUOTE = Sentence.of("ingest.source.closing-quote");

    private final LineReader lines;
    private final String format;
    private final List<String> header;
    private final Map<String, Integer> index = new HashMap<>();

    private CsvLines(LineReader lines, String format, List<String> header) {
        this.lines = lines;
        this.format = format;
        this.header = header;
        for (int i = 0; i < header.size(); i++) {
            index.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
    }

    /** Reads the header (the first non-blank line). */
    public static CsvLines open(LineReader lines, String format) throws IOException, ImportException {
        String line;
        do {
            line = lines.next();
            if (line == null) throw ImportException.at(format, 1, "a header line", "an empty file");
        } while (line.isBlank());
        return new CsvLines(lines, format, split(line, lines.lineNumber(), format));
    }

    public List<String> header() {
        return header;
    }

    /** Column position by name, or -1 when the file lacks it. */
    public int column(String name) {
        return index.getOrDefault(name.toLowerCase(Locale.ROOT), -1);
    }

    /** The first of the names that the header has, or -1. */
    public int column(String... names) {
        for (String name : names) {
            int i = column(name);
            if (i >= 0) return i;
        }
        return -1;
    }

    /** Next non-blank record's fields, or null at the end. */
    public List<String> next() throws IOException, ImportException {
        String line;
        do {
            line = lines.next();
            if (line == null) return null;
        } while (line.isBlank());
        return split(line, lines.lineNumber(), format);
    }

    /** 1-based line number of the record last returned. */
    public long lineNumber() {
        return lines.lineNumber();
    }

    public LineReader lines() {
        return lines;
    }

    static List<String> split(String line, long lineNumber, String format) throws ImportException {
        List<String> fields = new ArrayList<>();
        if (line.indexOf('"') < 0) {
            int start = 0;
            for (int i = 0; i < line.length(); i++) {
                if (line.charAt(i) == ',') {
                    fields.add(line.substring(start, i));
                    start = i + 1;
                }
            }
            fields.add(line.substring(start));
            return fields;
        }
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
            i++;
        }
        if (quoted) {
            throw new ImportException(format, lineNumber, i, null, UNCLOSED_QUOTE, Sentence.of("ingest.source.end-of-line"));
        }
        fields.add(field.toString());
        return fields;
    }
}
