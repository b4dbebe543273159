package dev.benchboard.ingest.mapping;

import dev.benchboard.format.Sentence;
import dev.benchboard.ingest.format.fields.RowProblem;
import dev.benchboard.ingest.model.ImportException;
import dev.benchboard.ingest.model.ImportLimits;
import dev.benchboard.ingest.source.TextSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The first rows of a file as a mapping reads them, role by role, for the mapping dialog's live
 * preview: each cell is the converted value (an instant, milliseconds, a status) or the problem the
 * importer would report for it.
 */
public final class MappingPreview {

    /** One previewed row: its line and, per mapped role, the value as read or the problem. */
    /**
     * One row: per role, the value as read (the data, the same in every language) or what was expected there, in the
     * reader's language.
     */
    public record Row(long line, Map<String, Sentence> values, boolean ok) {}

    private MappingPreview() {
    }

    /** Reads up to {@code max} rows of the head; a file-level problem (missing column) is thrown. */
    public static List<Row> rows(String head, ColumnMapping mapping, int max) throws IOException, ImportException {
        boolean jsonLines = MappedTable.isJsonLines(head);
        String format = jsonLines ? MappedImporter.JSON_LINES_FORMAT : MappedImporter.CSV_FORMAT;
        try (TextSource source = TextSource.open(new ByteArrayInputStream(head.getBytes(StandardCharsets.UTF_8)),
                ImportLimits.defaults(), null)) {
            MappedTable table = MappedTable.open(source, format, jsonLines);
            try {
                mapping.requireColumns(table.header());
            } catch (MappingProblem p) {
                throw new ImportException(format, 1, null, p.field(), p.expected(), p.found());
            }
            MappedValues values = new MappedValues(mapping);
            List<Row> rows = new ArrayList<>();
            MappedTable.Row row;
            while (rows.size() < max && (row = table.next()) != null) {
                Map<String, Sentence> cells = new LinkedHashMap<>();
                boolean ok = true;
                for (MappingRoles.Role role : MappingRoles.of(mapping.kind())) {
                    int column = table.column(mapping.column(role.key()));
                    if (column < 0) continue;
                    try {
                        cells.put(role.key(), Sentence.verbatim(value(role.key(), row, column, values, mapping)));
                    } catch (RowProblem p) {
                        cells.put(role.key(), Sentence.of("ingest.mapping.preview.problem", p.problem().expected(),
                                p.problem().found()));
                        ok = false;
                    }
                }
                rows.add(new Row(row.line(), cells, ok));
            }
            return rows;
        }
    }

    private static String value(String role, MappedTable.Row row, int column, MappedValues values, ColumnMapping mapping)
            throws RowProblem {
        return switch (role) {
            case MappingRoles.TIMESTAMP, MappingRoles.START, MappingRoles.END -> row.text(column) == null && !role.equals(MappingRoles.START)
                    ? "—" : values.timestamp(row, column).toString();
            case MappingRoles.LATENCY -> values.durationMs(row, column, 3_600_000, Sentence.of("ingest.mapping.what.latency")) + " ms";
            case MappingRoles.PAUSE -> values.durationMs(row, column, 600_000, Sentence.of("ingest.mapping.what.pause")) + " ms";
            case MappingRoles.HEAP -> {
                Double v = values.optionalAmount(row, column, Sentence.of("ingest.mapping.what.heap"));
                yield v == null ? "—" : mapping.heapUnit().toMb(v) + " MB";
            }
            case MappingRoles.BYTES -> {
                Double v = values.optionalAmount(row, column, Sentence.of("ingest.mapping.what.bytes"));
                yield v == null ? "—" : v + " B";
            }
            default -> row.text(column) == null ? "—" : row.text(column);
        };
    }
}
