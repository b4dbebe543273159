package dev.benchboard.ingest.mapping;

import dev.benchboard.format.Sentence;
import dev.benchboard.ingest.format.fields.RowProblem;
import dev.benchboard.ingest.format.structured.RequestStats;
import dev.benchboard.ingest.model.ImportContext;
import dev.benchboard.ingest.model.ImportException;
import dev.benchboard.ingest.model.ImportResult;
import dev.benchboard.evidence.RunData;
import dev.benchboard.ingest.source.Text;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A per-request load-test log by mapping: latency (required), and optionally timestamp, HTTP status,
 * success, response bytes and a label. One run per label (or one run); the figures are those of
 * every per-request importer ({@link RequestStats}: HdrHistogram percentiles, exact mean, duration
 * from the first start to the last end). A request is an error when its status is not 2xx/3xx (0 or
 * blank = no response) or its success cell is false.
 */
final class MappedLoad {

    private static final double MAX_LATENCY_MS = 3_600_000;

    private final ColumnMapping mapping;
    private final MappedTable table;
    private final MappedValues values;
    private final ImportContext context;
    private final String format;

    MappedLoad(ColumnMapping mapping, MappedTable table, MappedValues values, ImportContext context, String format) {
        this.mapping = mapping;
        this.table = table;
        this.values = values;
        this.context = context;
        this.format = format;
    }

    private static final class Run {
        final RequestStats stats = new RequestStats();
        double bytes;
        long withBytes;
    }

    ImportResult read() throws ImportException, IOException {
        int time = table.column(mapping.column(MappingRoles.TIMESTAMP));
        int latency = table.column(mapping.column(MappingRoles.LATENCY));
        int status = table.column(mapping.column(MappingRoles.STATUS));
        int success = table.column(mapping.column(MappingRoles.SUCCESS));
        int bytes = table.column(mapping.column(MappingRoles.BYTES));
        int label = table.column(mapping.column(MappingRoles.LABEL));
        Map<String, Run> runs = new LinkedHashMap<>();
        MappedTable.Row row;
        while ((row = table.next()) != null) {
            try {
                double ms = values.durationMs(row, latency, MAX_LATENCY_MS, Sentence.of("ingest.mapping.what.latency"));
                long startNanos = RequestStats.NO_TIME;
                if (time >= 0) {
                    Instant at = values.timestamp(row, time);
                    startNanos = at.getEpochSecond() * 1_000_000_000L + at.getNano();
                }
                int code = status < 0 ? -1 : status(row, status);
                boolean error = code >= 0 && (code < 200 || code >= 400);
                if (success >= 0 && !success(row, success)) error = true;
                Double size = bytes < 0 ? null : values.optionalAmount(row, bytes, Sentence.of("ingest.mapping.what.bytes"));
                String name = label < 0 ? "" : label(row, label);
                Run run = runs.computeIfAbsent(name, k -> new Run());
                run.stats.record(ms, error, code, startNanos);
                if (size != null) {
                    run.bytes += size;
                    run.withBytes++;
                }
                context.accept(format, row.line());
            } catch (RowProblem p) {
                context.reject(p.problem());
            }
        }
        if (runs.isEmpty()) {
            if (!context.problems().isEmpty()) throw ImportException.of(format, context.problems().getFirst());
            throw ImportException.at(format, 2, Sentence.of("ingest.mapping.expected.request-row"), Sentence.of("ingest.mapping.found.none"));
        }
        List<RunData> out = new ArrayList<>();
        for (Map.Entry<String, Run> e : runs.entrySet()) {
            String name = e.getKey().isEmpty() ? null : e.getKey();
            Run run = e.getValue();
            run.stats.warnings(context, name == null ? null : Sentence.verbatim(name));   // a label: the data's own words
            var builder = run.stats.fill(RunData.builder().label(name));
            if (run.withBytes > 0) builder.metric("bytes/request", run.bytes / run.withBytes);
            out.add(builder.build());
        }
        if (time < 0) context.warn(Sentence.of("ingest.mapping.warning.no-timestamp"));
        return ImportResult.ofRuns(out);
    }

    private static int status(MappedTable.Row row, int column) throws RowProblem {
        String cell = row.text(column);
        if (cell == null) return 0;
        if (cell.matches("\\d{1,3}")) return Integer.parseInt(cell);
        throw row.problem(column, Sentence.of("ingest.mapping.expected.status"), Text.quote(cell));
    }

    private static boolean success(MappedTable.Row row, int column) throws RowProblem {
        String cell = MappedValues.required(row, column, Sentence.of("ingest.mapping.expected.success"));
        return switch (cell.toLowerCase(Locale.ROOT)) {
            case "true", "1", "ok", "yes" -> true;
            case "false", "0", "ko", "no" -> false;
            default -> throw row.problem(column, Sentence.of("ingest.mapping.expected.success"), Text.quote(cell));
        };
    }

    private static String label(MappedTable.Row row, int column) throws RowProblem {
        String cell = row.text(column);
        if (cell == null) return "";
        if (Text.looksLikeFormula(cell)) throw row.problem(column, Sentence.of("ingest.mapping.expected.plain-name"), Text.quote(cell));
        return cell;
    }
}
