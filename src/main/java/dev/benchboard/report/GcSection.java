package dev.benchboard.report;

import dev.benchboard.evidence.SourceRef;
import dev.benchboard.evidence.Evidence;
import dev.benchboard.evidence.GcTraceData;
import dev.benchboard.format.Sentence;
import dev.benchboard.stats.gc.GcAnalyzer;
import dev.benchboard.stats.gc.GcReport;
import dev.benchboard.stats.gc.GcSettings;
import dev.benchboard.stats.gc.GogcComparison;
import dev.benchboard.stats.gc.SteadyWindow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A candidate's GC figures: one analysis per trace (with its upload), the GOGC comparison when
 * traces at several GOGC values exist, and a headline from the longest trace (most cycles).
 */
public record GcSection(List<Trace> traces, GogcComparison gogc, Headline headline) {

    /** One trace's analysis; traceId identifies it for the user's window override. */
    public record Trace(SourceRef source, long traceId, GcReport report) {}

    /**
     * The figures the overview and the decision use, from one named trace, with the steady window they
     * were computed over (every GC KPI is).
     */
    public record Headline(SourceRef source, String label, SteadyWindow window, Double pauseP99Ms,
                           Double gcCpuSharePercent, Double cyclesPerSecond, Sentence heapVerdict,
                           Double liveHeapSlopeMbPerMinute, Boolean leakSuspected) {}

    static GcSection of(List<Evidence.GcItem> items, GcSettings settings) {
        if (items.isEmpty()) return null;
        List<Trace> traces = new ArrayList<>();
        for (Evidence.GcItem item : items) {
            if (item.trace().cycles().isEmpty()) continue;
            traces.add(new Trace(SourceRef.of(item.source()), item.traceId(), GcAnalyzer.analyse(item.trace(), settings)));
        }
        if (traces.isEmpty()) return null;
        List<GcTraceData> withGogc = items.stream().map(Evidence.GcItem::trace)
                .filter(t -> t.settings().containsKey("gogc")).toList();
        GogcComparison gogc = withGogc.stream().map(t -> t.settings().get("gogc")).distinct().count() >= 2
                ? GogcComparison.compare(withGogc, settings) : null;
        Trace main = traces.stream().max(Comparator.comparingInt(t -> t.report().pauses() == null ? 0 : t.report().pauses().n()))
                .orElseThrow();
        GcReport r = main.report();
        return new GcSection(traces, gogc, new Headline(main.source(), r.label(), r.window(),
                r.pauses() == null ? null : r.pauses().p99Ms(), r.gcCpuSharePercent(), r.cyclesPerSecond(),
                r.heapTrend() == null ? null : r.heapTrend().verdict(),
                r.heapTrend() == null ? null : r.heapTrend().slopeMbPerMinute(),
                r.heapTrend() == null ? null : r.heapTrend().leakSuspected()));
    }
}
