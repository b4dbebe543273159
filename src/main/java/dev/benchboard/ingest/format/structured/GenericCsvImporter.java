package dev.benchboard.ingest.format.structured;

import dev.benchboard.format.Sentence;
import dev.benchboard.evidence.DataKind;
import dev.benchboard.ingest.model.ImportContext;
import dev.benchboard.ingest.model.ImportException;
import dev.benchboard.ingest.model.ImportResult;
import dev.benchboard.ingest.model.Importer;
import dev.benchboard.evidence.RunData;
import dev.benchboard.ingest.source.CsvLines;
import dev.benchboard.ingest.source.LineReader;
import dev.benchboard.ingest.source.Text;
import dev.benchboard.ingest.source.TextSource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Generic CSV, one row per run ({@link GenericRun} lists the columns). The header decides; extra
 * columns are ignored. One {@link RunData} per row, labelled by its {@code run} cell (else "line N"),
 * with its {@code candidate} in the settings — an upload may hold several candidates. Text cells that
 * look like spreadsheet formulas are kept as plain text; in number columns they are row problems.
 */
public final class GenericCsvImporter implements Importer {

    public static final String FORMAT = "generic-csv";

    @Override public String format() { return FORMAT; }
    @Override public String displayName() { return "Generic CSV (one row per run)"; }
    @Override public DataKind kind() { return DataKind.BENCHMARK; }
    @Override public String version() { return "1"; }

    @Override
    public int detect(String head) {
        Set<String> columns = CsvHead.columns(head);
        if (columns.contains("latency_ms") || !GenericRun.hasRequiredNames(columns)) return 0;
        return columns.contains("candidate") || columns.contains("run") ? 90 : 80;
    }

    @Override
    public ImportResult parse(TextSource source, ImportContext context) throws ImportException, IOException {
        LineReader lines = source.lines(FORMAT);
        CsvLines csv = CsvLines.open(lines, FORMAT);
        List<String> names = csv.header().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        if (!GenericRun.hasRequiredNames(new LinkedHashSet<>(names))) {
            throw ImportException.at(FORMAT, csv.lineNumber(),
                    Sentence.of("ingest.structured.generic.expected.header", GenericRun.THROUGHPUT, GenericRun.LATENCY_FIGURES),
                    Sentence.of("ingest.structured.found.header", Text.quote(String.join(",", csv.header()))));
        }
        RowProblems problems = new RowProblems(context);
        List<RunData> runs = new ArrayList<>();
        for (List<String> cells; (cells = CsvRows.next(csv, problems)) != null; ) {
            long line = csv.lineNumber();
            if (cells.size() != names.size()) {
                problems.add(CsvRows.columnCount(line, names.size(), cells.size()));
                continue;
            }
            try {
                runs.add(GenericRun.build(new Row(names, cells, line), "line " + line, Map.of(), context));
                context.accept(FORMAT, line);
            } catch (RowException e) {
                problems.add(e.problem());
            }
        }
        problems.finish(lines);
        if (runs.isEmpty()) throw Structured.noValidRows(FORMAT, context, lines.lineNumber());
        context.warn(Structured.CLOSED_LOOP_UNKNOWN);
        return ImportResult.ofRuns(runs);
    }

    /** One CSV row as generic-run fields; the first of duplicated header names wins. */
    private record Row(List<String> header, List<String> cells, long line) implements GenericRun.Source {

        @Override
        public String text(String name) {
            int at = header.indexOf(name);
            if (at < 0) return null;
            String cell = cells.get(at);
            return cell.isBlank() ? null : cell.strip();
        }

        @Override public long line(String name) { return line; }
        @Override public Set<String> names() { return new LinkedHashSet<>(header); }
    }
}
