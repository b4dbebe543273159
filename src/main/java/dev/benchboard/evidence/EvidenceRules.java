package dev.benchboard.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What every stored piece of evidence satisfies, whichever way it arrives: parsed from an upload (the
 * upload service checks each result before storing it, and the fuzz suite holds every importer to it)
 * or read from a backup (a restore checks each row before inserting it). The reports rely on it: a
 * percentile of 500 or a negative count in one row made every report of the evaluation fail.
 *
 * <p>No NaN or infinity where the model does not allow one; no negative count, time, size or rate;
 * percentiles within 0..100; per-second buckets with 0 ≤ errors ≤ requests &gt; 0; outages that end
 * after they start; a chaos window that ends after it starts; Litmus probe success within 0..100; run
 * and GC trace labels and experiment names within their columns (V2__uploads.sql: 300 characters).
 */
public final class EvidenceRules {

    /** The length of run.label, gc_trace.label and chaos_experiment.experiment. */
    public static final int MAX_LABEL = 300;

    /** A value that breaks a rule: {@code field} is its path in the object checked, e.g. {@code percentiles[2].percentile}. */
    public record Violation(String field, String expected, Object found) {

        @Override
        public String toString() {
            return field + ": expected " + expected + ", found " + found;
        }
    }

    private final List<Violation> violations = new ArrayList<>();

    private EvidenceRules() {
    }

    /** Every run, GC trace and chaos experiment of an import, as {@code runs[0].…}, {@code gcTraces[0].…}, {@code chaos[0].…}. */
    public static List<Violation> result(List<RunData> runs, List<GcTraceData> gcTraces, List<ChaosData> chaos) {
        List<Violation> all = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) all.addAll(prefixed("runs[" + i + "].", run(runs.get(i))));
        for (int i = 0; i < gcTraces.size(); i++) all.addAll(prefixed("gcTraces[" + i + "].", gcTrace(gcTraces.get(i))));
        for (int i = 0; i < chaos.size(); i++) all.addAll(prefixed("chaos[" + i + "].", chaos(chaos.get(i))));
        return all;
    }

    /** An upload's own figures: its size and its record, line and problem counts. */
    public static List<Violation> upload(long sizeBytes, long accepted, long rejected, long skippedLines, long problemCount) {
        EvidenceRules rules = new EvidenceRules();
        rules.count("sizeBytes", sizeBytes);
        rules.count("accepted", accepted);
        rules.count("rejected", rejected);
        rules.count("skippedLines", skippedLines);
        rules.count("problemCount", problemCount);
        return rules.violations;
    }

    public static List<Violation> run(RunData r) {
        EvidenceRules rules = new EvidenceRules();
        rules.fits("label", r.label());
        rules.count("requests", r.requests());
        rules.count("errors", r.errors());
        rules.nonNegative("durationSeconds", r.durationSeconds());
        rules.nonNegative("throughputRps", r.throughputRps());
        rules.nonNegative("concurrency", r.concurrency());
        rules.nonNegative("meanMs", r.meanMs());
        rules.nonNegative("minMs", r.minMs());
        rules.nonNegative("maxMs", r.maxMs());
        rules.nonNegative("stdevMs", r.stdevMs());
        for (int i = 0; i < r.percentiles().size(); i++) {
            Percentile p = r.percentiles().get(i);
            String at = "percentiles[" + i + "].";
            if (!(p.percentile() >= 0 && p.percentile() <= 100)) rules.broken(at + "percentile", "a percentile within 0..100", p.percentile());
            rules.nonNegative(at + "valueMs", p.valueMs());
        }
        for (Map.Entry<Integer, Long> code : r.statusCodes().entrySet()) {
            if (code.getValue() == null || code.getValue() < 0) {
                rules.broken("statusCodes." + code.getKey(), "a count ≥ 0", code.getValue());
            }
        }
        for (Map.Entry<String, Double> metric : r.metrics().entrySet()) {
            if (metric.getValue() == null || !Double.isFinite(metric.getValue())) {
                rules.broken("metrics." + metric.getKey(), "a finite number", metric.getValue());
            }
        }
        for (int i = 0; i < r.perSecond().size(); i++) {
            SecondBucket b = r.perSecond().get(i);
            String at = "perSecond[" + i + "].";
            if (b.requests() <= 0) rules.broken(at + "requests", "a count > 0", b.requests());
            if (b.errors() < 0 || b.errors() > b.requests()) rules.broken(at + "errors", "0 ≤ errors ≤ requests (" + b.requests() + ")", b.errors());
            rules.nonNegative(at + "meanMs", b.meanMs());
            rules.nonNegative(at + "maxMs", b.maxMs());
        }
        return rules.violations;
    }

    public static List<Violation> gcTrace(GcTraceData trace) {
        EvidenceRules rules = new EvidenceRules();
        rules.fits("label", trace.label());
        List<Violation> all = new ArrayList<>(rules.violations);
        for (int i = 0; i < trace.cycles().size(); i++) all.addAll(prefixed("cycles[" + i + "].", gcCycle(trace.cycles().get(i))));
        return all;
    }

    public static List<Violation> gcCycle(GcCycle c) {
        EvidenceRules rules = new EvidenceRules();
        // NaN by design when a GC CSV has no timestamp column
        if (!Double.isNaN(c.atSeconds())) rules.nonNegative("atSeconds", c.atSeconds());
        rules.nonNegative("pauseMs", c.pauseMs());
        rules.nonNegative("concurrentMs", c.concurrentMs());
        rules.nonNegative("cumulativeGcPercent", c.cumulativeGcPercent());
        rules.nonNegative("cpuMs", c.cpuMs());
        rules.nonNegative("heapStartMb", c.heapStartMb());
        rules.nonNegative("heapEndMb", c.heapEndMb());
        rules.nonNegative("liveHeapMb", c.liveHeapMb());
        rules.nonNegative("goalMb", c.goalMb());
        if (c.procs() != null && c.procs() <= 0) rules.broken("procs", "a count > 0", c.procs());
        return rules.violations;
    }

    public static List<Violation> chaos(ChaosData chaos) {
        EvidenceRules rules = new EvidenceRules();
        rules.fits("experiment", chaos.experiment());
        if (chaos.windowStart() != null && chaos.windowEnd() != null && chaos.windowEnd().isBefore(chaos.windowStart())) {
            rules.broken("windowEnd", "not before windowStart (" + chaos.windowStart() + ")", chaos.windowEnd());
        }
        for (int i = 0; i < chaos.events().size(); i++) {
            ChaosEvent e = chaos.events().get(i);
            if (e.time() == null) rules.broken("events[" + i + "].time", "a time", null);
            if (e.event() == null) rules.broken("events[" + i + "].event", "an event name", null);
        }
        for (int i = 0; i < chaos.outages().size(); i++) {
            Outage o = chaos.outages().get(i);
            String at = "outages[" + i + "].";
            if (o.downAt() == null) rules.broken(at + "downAt", "a time", null);
            if (o.upAt() == null) rules.broken(at + "upAt", "a time", null);
            else if (o.downAt() != null && o.upAt().isBefore(o.downAt())) rules.broken(at + "upAt", "not before downAt (" + o.downAt() + ")", o.upAt());
        }
        for (int i = 0; i < chaos.reported().size(); i++) {
            ReportedReliability r = chaos.reported().get(i);
            String at = "reported[" + i + "].";
            rules.nonNegative(at + "mtbfHours", r.mtbfHours());
            rules.nonNegative(at + "mttrSeconds", r.mttrSeconds());
            rules.nonNegative(at + "failureRate", r.failureRate());
            if (r.runs() != null) rules.count(at + "runs", r.runs());
        }
        for (int i = 0; i < chaos.litmus().size(); i++) {
            LitmusResult l = chaos.litmus().get(i);
            String at = "litmus[" + i + "].";
            // NaN: Litmus reported no probe success, which leaves the result out of a score
            double probe = l.probeSuccessPercent();
            if (!Double.isNaN(probe) && !(probe >= 0 && probe <= 100)) rules.broken(at + "probeSuccessPercent", "a percentage within 0..100", probe);
            rules.count(at + "passedRuns", l.passedRuns());
            rules.count(at + "failedRuns", l.failedRuns());
        }
        return rules.violations;
    }

    private static List<Violation> prefixed(String prefix, List<Violation> violations) {
        return violations.stream().map(v -> new Violation(prefix + v.field(), v.expected(), v.found())).toList();
    }

    private void fits(String field, String text) {
        if (text != null && text.length() > MAX_LABEL) {
            broken(field, "at most " + MAX_LABEL + " characters", text.length() + " characters");
        }
    }

    private void count(String field, Number value) {
        if (value != null && value.longValue() < 0) broken(field, "a count ≥ 0", value);
    }

    private void nonNegative(String field, Double value) {
        if (value != null && !(Double.isFinite(value) && value >= 0)) broken(field, "a finite number ≥ 0", value);
    }

    private void broken(String field, String expected, Object found) {
        violations.add(new Violation(field, expected, found));
    }
}
