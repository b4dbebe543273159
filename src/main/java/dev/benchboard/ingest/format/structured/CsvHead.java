package dev.benchboard.ingest.format.structured;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** CSV helpers for detection and for the rare quoted line on the fast paths. */
final class CsvHead {

    private CsvHead() {
    }

    /** The header names of the first non-blank line of the head, trimmed and lower-cased. */
    static Set<String> columns(String head) {
        if (head == null) return Set.of();
        int start = 0;
        while (start < head.length()) {
            int end = head.indexOf('\n', start);
            if (end < 0) end = head.length();
            String line = head.substring(start, end).strip();
            if (!line.isEmpty()) {
                if (line.startsWith("{") || line.startsWith("[")) return Set.of();
                List<String> fields = split(line);
                if (fields == null) return Set.of();   // quotes that do not close: not a CSV header
                Set<String> names = new java.util.LinkedHashSet<>();
                for (String f : fields) names.add(f.strip().toLowerCase(Locale.ROOT));
                return names;
            }
            start = end + 1;
        }
        return Set.of();
    }

    /** RFC 4180 fields of one line (quotes, "" escapes), or null when the quotes do not close. */
    static List<String> split(String line) {
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(line)) {
            var it = reader.iterator();
            if (!it.hasNext()) return List.of("");
            List<String> fields = new ArrayList<>(it.next().getFields());
            return it.hasNext() ? null : fields;    // a quote left open swallows the line break: not one record
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
