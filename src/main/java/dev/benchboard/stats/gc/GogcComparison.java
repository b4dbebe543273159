package dev.benchboard.stats.gc;

import dev.benchboard.evidence.GcTraceData;
import dev.benchboard.format.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * GOGC trade-off table: pause P99, cycles/s, GC CPU share and peak heap per GOGC value, with the
 * Pareto-efficient settings marked (all four minimised: no other setting is at least as good on all four
 * and better on one).
 *
 * @param rows     one per trace, ordered by GOGC (numeric values ascending, then others such as "off")
 * @param warnings traces left out of the Pareto marking and why
 */
public record GogcComparison(List<Row> rows, Sentence method, List<Sentence> warnings) {

    static final Sentence METHOD = Sentence.of("gc.method.gogc");

    /**
     * One GOGC setting.
     *
     * @param paretoEfficient null when a criterion is missing, so the setting cannot be compared
     * @param dominatedBy     GOGC values of the settings that dominate this one
     */
    public record Row(String gogc, String traceLabel, Double pauseP99Ms, Double cyclesPerSecond,
                      Double gcCpuSharePercent, Double peakHeapMb, Boolean paretoEfficient, List<String> dominatedBy) {

        public Row {
            dominatedBy = List.copyOf(dominatedBy);
        }

        double[] criteria() {
            return new double[] {pauseP99Ms, cyclesPerSecond, gcCpuSharePercent, peakHeapMb};
        }

        boolean complete() {
            return pauseP99Ms != null && cyclesPerSecond != null && gcCpuSharePercent != null && peakHeapMb != null;
        }
    }

    public GogcComparison {
        rows = List.copyOf(rows);
        warnings = List.copyOf(warnings);
    }

    /** Compares traces; each trace's GOGC comes from its settings ("GOGC", any case), else its label. */
    public static GogcComparison compare(List<GcTraceData> traces, GcSettings settings) {
        List<Row> rows = new ArrayList<>();
        for (GcTraceData trace : traces) {
            GcReport r = GcAnalyzer.analyse(trace, settings);
            rows.add(new Row(gogc(trace), trace.label(), r.pauses() == null ? null : r.pauses().p99Ms(),
                    r.cyclesPerSecond(), r.gcCpuSharePercent(), r.peakHeapMb(), null, List.of()));
        }
        return of(rows);
    }

    /** Marks the Pareto-efficient rows among the given ones (their paretoEfficient/dominatedBy are recomputed). */
    public static GogcComparison of(List<Row> rows) {
        List<Sentence> warnings = new ArrayList<>();
        List<Row> complete = rows.stream().filter(Row::complete).toList();
        List<Row> marked = new ArrayList<>();
        for (Row row : rows) {
            if (!row.complete()) {
                warnings.add(Sentence.of("gc.warning.gogc-incomplete", String.valueOf(row.gogc()), String.valueOf(row.traceLabel())));
                marked.add(new Row(row.gogc(), row.traceLabel(), row.pauseP99Ms(), row.cyclesPerSecond(),
                        row.gcCpuSharePercent(), row.peakHeapMb(), null, List.of()));
                continue;
            }
            List<String> dominators = complete.stream()
                    .filter(other -> other != row && Pareto.dominates(other.criteria(), row.criteria()))
                    .map(Row::gogc).toList();
            marked.add(new Row(row.gogc(), row.traceLabel(), row.pauseP99Ms(), row.cyclesPerSecond(),
                    row.gcCpuSharePercent(), row.peakHeapMb(), dominators.isEmpty(), dominators));
        }
        marked.sort(Comparator.comparing((Row r) -> numeric(r.gogc()) == null)
                .thenComparing(r -> numeric(r.gogc()) == null ? 0 : numeric(r.gogc()))
                .thenComparing(Row::gogc));
        return new GogcComparison(marked, METHOD, warnings);
    }

    private static String gogc(GcTraceData trace) {
        for (Map.Entry<String, String> e : trace.settings().entrySet()) {
            if (e.getKey().equalsIgnoreCase("GOGC") && e.getValue() != null) return e.getValue().strip();
        }
        return trace.label();
    }

    private static Double numeric(String gogc) {
        try {
            return Double.valueOf(gogc);
        } catch (NumberFormatException | NullPointerException e) {
            return null;
        }
    }
}
