package dev.benchboard.report;

import dev.benchboard.evidence.SourceRef;
import dev.benchboard.evidence.Evidence;
import dev.benchboard.evidence.GcCycle;
import dev.benchboard.evidence.Outage;
import dev.benchboard.evidence.SecondBucket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The series the workspace charts draw, beside the figures of the {@link EvaluationReport}: GC cycles per trace
 * (pauses and live heap over time), per-second series of load-test runs (latency and throughput over time) and the
 * outages of the chaos experiments. Sweep points travel in the report itself ({@link CapacitySection#sweep()}), they
 * are few.
 *
 * <p>Why apart from the report: these series grow with the uploads (a one-hour GC trace has thousands of cycles, a
 * ten-minute run 600 seconds), while the report's figures do not. The report JSON is what the REST API returns, the
 * export reads and a share link freezes; carrying every cycle and second there would multiply its size for readers who
 * want figures. So the chart data is computed in the same pass from the same evidence, cached with the report for the
 * same data version ({@link ReportService#charts}), and the API gives it only on request
 * ({@code GET /api/evaluations/{id}/report/charts}).
 */
public record ChartData(long evaluationId, List<CandidateCharts> candidates) {

    /**
     * One candidate's series, and every upload its data came from (runs, then GC traces, then chaos files, each
     * once): what a share link lists as the files behind its snapshot.
     */
    public record CandidateCharts(String candidate, List<GcTraceCycles> gc, List<RunSeries> runs,
                                  List<OutageBar> outages, List<SourceRef> sources, List<RunLoad> loads) {

        public CandidateCharts {
            loads = loads == null ? List.of() : List.copyOf(loads);   // chart data stored before loads were added
        }
    }

    /**
     * The load a load-test run was driven at, for labelling its point in a chart (P99 against load): the run is
     * named as in the report ({@link dev.benchboard.stats.latency.RunLatency#runId()}); concurrency and rate are
     * null where nobody knows them.
     */
    public record RunLoad(String run, Double concurrency, Double rate, boolean stated) {}

    /** The cycles of one GC trace, in trace order; traceId is that of {@link GcSection.Trace#traceId()}. */
    public record GcTraceCycles(long traceId, SourceRef source, List<GcPoint> cycles) {}

    /**
     * One GC cycle as the charts draw it.
     *
     * @param atSeconds seconds since process start; NaN when a GC CSV has no timestamps (such cycles count in the
     *                  pause distribution but have no place on a time axis)
     */
    public record GcPoint(double atSeconds, double pauseMs, Double liveHeapMb) {

        static GcPoint of(GcCycle cycle) {
            return new GcPoint(cycle.atSeconds(), cycle.pauseMs(), cycle.liveHeapMb());
        }
    }

    /** A load-test run with per-request timestamps, as one point per second since its first request. */
    public record RunSeries(long runId, SourceRef source, String label, List<SecondBucket> perSecond) {}

    /** One outage of a chaos experiment whose start and end are both known. */
    public record OutageBar(String component, String faultType, Instant downAt, Instant upAt) {

        static OutageBar of(Outage outage) {
            return new OutageBar(outage.component(), outage.faultType(), outage.downAt(), outage.upAt());
        }
    }

    /** The candidate's series by name, or null when the evaluation has no such candidate. */
    public CandidateCharts candidate(String name) {
        return candidates.stream().filter(c -> c.candidate().equals(name)).findFirst().orElse(null);
    }

    static ChartData of(Evidence data) {
        List<CandidateCharts> candidates = new ArrayList<>();
        for (Evidence.CandidateEvidence c : data.candidates()) {
            List<GcTraceCycles> gc = c.gc().stream().map(g -> new GcTraceCycles(g.traceId(), SourceRef.of(g.source()),
                    g.trace().cycles().stream().map(GcPoint::of).toList())).toList();
            List<RunSeries> runs = c.runs().stream().filter(r -> !r.run().perSecond().isEmpty())
                    .map(r -> new RunSeries(r.runId(), SourceRef.of(r.source()), r.run().label(), r.run().perSecond()))
                    .toList();
            List<OutageBar> outages = c.chaos().stream().flatMap(x -> x.chaos().outages().stream())
                    .filter(o -> o.downAt() != null && o.upAt() != null).map(OutageBar::of).toList();
            List<SourceRef> sources = java.util.stream.Stream.of(c.runs().stream().map(Evidence.RunItem::source),
                            c.gc().stream().map(Evidence.GcItem::source), c.chaos().stream().map(Evidence.ChaosItem::source))
                    .flatMap(s -> s).distinct().map(SourceRef::of).toList();
            List<RunLoad> loads = c.runs().stream().filter(r -> LatencySection.isLoadTest(r.run())).map(r -> {
                LoadCondition load = LoadCondition.of(r.run());
                return new RunLoad(LatencySection.runName(r), load.concurrency(), load.rate(), load.stated());
            }).toList();
            candidates.add(new CandidateCharts(c.name(), gc, runs, outages, sources, loads));
        }
        return new ChartData(data.evaluationId(), List.copyOf(candidates));
    }
}
