package dev.benchboard.ingest.fuzz;

import dev.benchboard.evidence.ChaosData;
import dev.benchboard.evidence.EvidenceRules;
import dev.benchboard.evidence.GcTraceData;
import dev.benchboard.ingest.model.ImportContext;
import dev.benchboard.ingest.model.ImportResult;
import dev.benchboard.ingest.model.Importer;
import dev.benchboard.evidence.LatencyOrigin;
import dev.benchboard.evidence.Percentile;
import dev.benchboard.evidence.RunData;
import dev.benchboard.evidence.SecondBucket;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What must hold of any result an importer returns, however odd its input: the {@link EvidenceRules}
 * every stored result follows (no NaN or infinite figure where the model does not allow one, no
 * negative count, time or rate, percentiles within 0..100, errors within requests per second bucket,
 * outages that end after they start; the upload service and restore check the same rules), histogram
 * and request counts that agree, a context whose rejected count matches the problems it reported,
 * and results that come from accepted records.
 *
 * <p>Latency figures agree with each other: min ≤ mean ≤ max, percentiles monotone (a higher
 * percentile never has a lower value) and within min..max (a histogram's percentile may exceed the
 * exact max by one bucket). Figures that disagree are never kept silently: only the generic formats,
 * whose figures someone else computed, keep them — with a warning saying "kept as reported". Likewise
 * a histogram count that differs from the request count must be named in a warning (k6 counts
 * requests from http_reqs points, latencies from http_req_duration points).
 */
final class ResultInvariants {

    /** The phrase of the warning with which an importer keeps disagreeing figures as reported. */
    static final String KEPT_AS_REPORTED = "kept as reported";

    private final List<String> broken = new ArrayList<>();
    private final ImportContext context;

    private ResultInvariants(ImportContext context) {
        this.context = context;
    }

    static void check(Importer importer, ImportResult result, ImportContext context, String input) {
        ResultInvariants v = new ResultInvariants(context);
        v.context(context);
        for (int i = 0; i < result.runs().size(); i++) v.run("run " + i, result.runs().get(i));
        v.accepted(result, context);
        for (GcTraceData trace : result.gcTraces()) v.gc(trace);
        for (ChaosData chaos : result.chaos()) v.chaos(chaos);
        if (!v.broken.isEmpty()) {
            throw new AssertionError(importer.format() + " returned a result breaking " + v.broken + " on " + input);
        }
    }

    private void context(ImportContext c) {
        require(c.accepted() >= 0 && c.rejected() >= 0 && c.skippedLines() >= 0, "non-negative context counts");
        require(c.rejected() == c.problemCount(), "rejected (" + c.rejected() + ") = problems counted (" + c.problemCount() + ")");
        require(c.problems().size() == Math.min(c.problemCount(), ImportContext.KEPT_PROBLEMS),
                "problems kept = min(counted, " + ImportContext.KEPT_PROBLEMS + ")");
        require(c.accepted() <= c.limits().maxRows(), "accepted within the row limit");
    }

    /**
     * Accepted records and what they gave agree: each run, GC cycle and histogram sample comes from
     * at least one accepted record (several rows may make one run; k6 accepts metric lines too).
     */
    private void accepted(ImportResult result, ImportContext c) {
        long samples = result.runs().stream().filter(r -> r.histogram() != null).mapToLong(r -> r.histogram().getTotalCount()).sum();
        long cycles = result.gcTraces().stream().mapToLong(t -> t.cycles().size()).sum();
        require(result.runs().size() <= c.accepted(), "runs (" + result.runs().size() + ") ≤ accepted (" + c.accepted() + ")");
        require(samples <= c.accepted(), "histogram samples (" + samples + ") ≤ accepted (" + c.accepted() + ")");
        require(cycles <= c.accepted(), "GC cycles (" + cycles + ") ≤ accepted (" + c.accepted() + ")");
    }

    private void run(String name, RunData r) {
        // the rules every stored run follows (shared with the upload service and restore)
        for (EvidenceRules.Violation v : EvidenceRules.run(r)) broken.add(name + " " + v);
        if (r.minMs() != null && r.maxMs() != null) agree(r.minMs() <= r.maxMs(), name + " min ≤ max");
        if (r.minMs() != null && r.meanMs() != null) agree(r.minMs() <= r.meanMs() * (1 + 1e-9), name + " min ≤ mean");
        if (r.maxMs() != null && r.meanMs() != null) agree(r.meanMs() <= r.maxMs() * (1 + 1e-9), name + " mean ≤ max");
        percentiles(name, r);
        long histogramCount = 0;
        if (r.histogram() != null) {
            histogramCount = r.histogram().getTotalCount();
            require(histogramCount >= 0, name + " histogram count ≥ 0");
            if (r.requests() != null && histogramCount > 0 && histogramCount != r.requests()) {
                require(warned(String.valueOf(histogramCount), String.valueOf(r.requests())),
                        name + " histogram count (" + histogramCount + ") = requests (" + r.requests() + "), or a warning naming both");
            }
        }
        long seriesRequests = r.perSecond().stream().mapToLong(SecondBucket::requests).sum();
        if (r.requests() != null) {
            require(seriesRequests <= Math.max(r.requests(), histogramCount),
                    name + " per-second requests (" + seriesRequests + ") ≤ requests");
        }
    }

    private void percentiles(String name, RunData r) {
        for (Percentile p : r.percentiles()) {
            if (r.minMs() != null) agree(p.valueMs() >= r.minMs() * (1 - 1e-9), name + " P" + p.percentile() + " ≥ min");
            // a histogram's percentile is its bucket's highest value: up to 1/1024 (and the 1 µs floor) above the max
            boolean bucket = p.origin() == LatencyOrigin.HDR_HISTOGRAM || r.histogram() != null;
            double slack = bucket ? 1.0 / 1024 : 1e-9;
            if (r.maxMs() != null) agree(p.valueMs() <= r.maxMs() * (1 + slack) + 0.001, name + " P" + p.percentile() + " ≤ max");
        }
        List<Percentile> sorted = r.percentiles().stream().sorted(Comparator.comparingDouble(Percentile::percentile)).toList();
        for (int i = 1; i < sorted.size(); i++) {
            agree(sorted.get(i).valueMs() >= sorted.get(i - 1).valueMs(), name + " percentiles monotone: P"
                    + sorted.get(i - 1).percentile() + "=" + sorted.get(i - 1).valueMs() + " > P"
                    + sorted.get(i).percentile() + "=" + sorted.get(i).valueMs());
        }
    }

    /** Latency figures that must agree, unless the importer warned it kept them as reported. */
    private void agree(boolean holds, String what) {
        require(holds || warned(KEPT_AS_REPORTED), what + " (or a warning that they are " + KEPT_AS_REPORTED + ")");
    }

    /** Some warning names all the parts. */
    private boolean warned(String... parts) {
        return context.warnings().stream().map(dev.benchboard.format.Sentence::english)
                .anyMatch(w -> java.util.Arrays.stream(parts).allMatch(w::contains));
    }

    private void gc(GcTraceData trace) {
        for (EvidenceRules.Violation v : EvidenceRules.gcTrace(trace)) broken.add("gc trace " + trace.label() + " " + v);
    }

    private void chaos(ChaosData chaos) {
        for (EvidenceRules.Violation v : EvidenceRules.chaos(chaos)) broken.add("chaos " + chaos.experiment() + " " + v);
    }

    private void require(boolean holds, String what) {
        if (!holds) broken.add(what);
    }
}
