package dev.benchboard.ingest.mapping;

import dev.benchboard.evidence.DataKind;
import dev.benchboard.ingest.model.ImportContext;
import dev.benchboard.ingest.model.ImportException;
import dev.benchboard.ingest.model.ImportResult;
import dev.benchboard.ingest.model.Importer;
import dev.benchboard.ingest.source.TextSource;
import java.io.IOException;

/**
 * An ordinary importer built from a {@link ColumnMapping}: reads a CSV or JSON-lines file by the
 * mapping's roles and yields the same evidence records as the catalogue's importers (RunData,
 * ChaosData, GcTraceData), with the same row problems (line, field, expected). It is never found by
 * content detection: the upload names the mapping, or the evaluation has one saved for the file's header.
 */
public final class MappedImporter implements Importer {

    public static final String CSV_FORMAT = "mapped-csv";
    public static final String JSON_LINES_FORMAT = "mapped-jsonl";

    private final ColumnMapping mapping;
    private final boolean jsonLines;

    public MappedImporter(ColumnMapping mapping, boolean jsonLines) {
        this.mapping = mapping;
        this.jsonLines = jsonLines;
    }

    /** The importer for a file whose head is given: JSON lines when it starts with '{', else CSV. */
    public static MappedImporter forHead(ColumnMapping mapping, String head) {
        return new MappedImporter(mapping, MappedTable.isJsonLines(head));
    }

    /**
     * The key a mapping is remembered by: the file's column names (CSV header, or the first JSON
     * object's keys) joined by commas; empty when the head has none.
     */
    public static String headerKey(String head) {
        return String.join(",", MappedTable.headerOf(head));
    }

    /** The column names of a file's head, for the mapping dialog. */
    public static java.util.List<String> header(String head) {
        return MappedTable.headerOf(head);
    }

    public ColumnMapping mapping() {
        return mapping;
    }

    @Override
    public String format() {
        return jsonLines ? JSON_LINES_FORMAT : CSV_FORMAT;
    }

    @Override
    public String displayName() {
        return (jsonLines ? "JSON lines" : "CSV") + " by column mapping"
                + (mapping.name() == null ? "" : " '" + mapping.name() + "'") + " (" + ColumnMapping.kindKey(mapping.kind()) + ")";
    }

    @Override
    public DataKind kind() {
        return mapping.kind();
    }

    @Override
    public String version() {
        return "1";
    }

    /** Never chosen by content: a mapping is applied only when named or saved for the header. */
    @Override
    public int detect(String head) {
        return 0;
    }

    @Override
    public ImportResult parse(TextSource source, ImportContext context) throws ImportException, IOException {
        MappedTable table = MappedTable.open(source, format(), jsonLines);
        try {
            mapping.requireColumns(table.header());
        } catch (MappingProblem p) {
            throw new ImportException(format(), 1, null, p.field(), p.expected(), p.found());
        }
        MappedValues values = new MappedValues(mapping);
        return switch (mapping.kind()) {
            case CHAOS -> new MappedChaos(mapping, table, values, context, format()).read();
            case BENCHMARK -> new MappedLoad(mapping, table, values, context, format()).read();
            case GC -> new MappedGc(mapping, table, values, context, format()).read();
        };
    }
}
