package dev.benchboard.report;

import dev.benchboard.evidence.SourceRef;
import dev.benchboard.evaluation.StatisticsSettings;
import dev.benchboard.evidence.Evidence;
import dev.benchboard.evidence.RunData;
import dev.benchboard.format.Sentence;
import dev.benchboard.stats.common.Interval;
import dev.benchboard.stats.common.StatsSettings;
import dev.benchboard.stats.latency.AcrossRunsSummary;
import dev.benchboard.stats.latency.CandidateLatencyReport;
import dev.benchboard.stats.latency.ErrorCount;
import dev.benchboard.stats.latency.LatencyReports;
import dev.benchboard.stats.latency.LatencyRunInput;
import dev.benchboard.stats.latency.PercentileEstimate;
import dev.benchboard.stats.latency.ReportedPercentile;
import dev.benchboard.stats.latency.RepeatedRuns;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A candidate's load-test figures: throughput, latency percentiles and error rate as headline
 * figures with intervals, and the full per-run detail behind them. With one run the percentile's
 * order-statistic interval is shown; with several, the median of the per-run values and its
 * interval (percentiles are never averaged).
 */
public record LatencySection(List<SourceRef> sources, Figure throughput, Map<String, Figure> latency, Figure errorRate,
                             List<Sentence> warnings, List<Double> pooledConcurrency, CandidateLatencyReport detail) {

    static final List<String> KEYS = List.of("p50", "p90", "p99", "p999", "max");

    /**
     * Load-test runs: those with latency data, or a request count with a duration, throughput or mean latency
     * (siege and summaries without percentiles). Benchmark results (go test -bench, JMH) have no request count:
     * they are compared, not summarised here.
     */
    static boolean isLoadTest(RunData run) {
        return run.histogram() != null || !run.percentiles().isEmpty()
                || (run.requests() != null && (run.durationSeconds() != null || run.throughputRps() != null || run.meanMs() != null));
    }

    static LatencySection of(String candidate, List<Evidence.RunItem> items, StatisticsSettings settings) {
        List<Evidence.RunItem> runs = items.stream().filter(i -> isLoadTest(i.run())).toList();
        if (runs.isEmpty()) return null;
        List<LatencyRunInput> inputs = new ArrayList<>();
        for (Evidence.RunItem item : runs) inputs.add(input(item));
        CandidateLatencyReport report = LatencyReports.of(candidate, inputs, stats(settings));
        List<SourceRef> sources = runs.stream().map(i -> SourceRef.of(i.source())).distinct().toList();
        // Runs with raw samples say how those samples were recorded (e.g. hey's 0.1 ms rounding); that
        // origin is what a reader needs next to the figure, more than "HdrHistogram".
        String declared = runs.stream().filter(i -> i.run().histogram() != null).map(i -> i.run().latencyOrigin().name())
                .distinct().sorted().reduce((a, b) -> a + "+" + b).orElse(null);
        List<Double> levels = runs.stream().map(i -> i.run().concurrency()).filter(java.util.Objects::nonNull)
                .distinct().sorted().toList();
        List<Double> pooled = levels.size() < 2 ? List.of() : levels;
        return new LatencySection(sources, throughput(report), latency(report, declared), errorRate(report),
                warnings(report, pooled), pooled, report);
    }

    /**
     * The statistics' warnings, and one when the runs were driven at different concurrency: their mean
     * throughput and pooled percentiles then mix loads (a concurrency sweep is read on the capacity page,
     * and compared level by level).
     */
    private static List<Sentence> warnings(CandidateLatencyReport report, List<Double> levels) {
        if (levels.isEmpty()) return report.warnings();
        List<Sentence> warnings = new ArrayList<>(report.warnings());
        warnings.add(Sentence.of("report.latency.pooled-loads", String.valueOf(levels.size()),
                levels.stream().map(LoadCondition::format).collect(java.util.stream.Collectors.joining(", "))));
        return warnings;
    }

    static StatsSettings stats(StatisticsSettings s) {
        return new StatsSettings(s.alpha(), s.practicalThresholdPercent(), s.bootstrapResamples(), s.randomSeed());
    }

    /** How the report names a run ({@code RunLatency#runId}): "file · label #id". */
    static String runName(Evidence.RunItem item) {
        return item.source().fileName() + (item.run().label() == null ? "" : " · " + item.run().label()) + " #" + item.runId();
    }

    private static LatencyRunInput input(Evidence.RunItem item) {
        RunData run = item.run();
        String id = runName(item);
        long requests = run.requests() == null ? 0 : run.requests();
        long errors = run.errors() == null ? 0 : run.errors();
        double duration = run.durationSeconds() == null ? 0 : run.durationSeconds();
        LatencyRunInput input;
        if (run.histogram() != null) {
            input = LatencyRunInput.ofHistogram(id, run.histogram(), requests, errors, duration, run.coordinatedOmission());
        } else {
            // An HdrHistogram spectrum (hdr-percentiles, wrk2) starts with a 0th-percentile row: that is the
            // minimum, not a percentile a latency estimate can be read from.
            List<ReportedPercentile> reported = run.percentiles().stream()
                    .filter(p -> p.percentile() > 0)
                    .map(p -> new ReportedPercentile(p.percentile(), p.valueMs(), p.origin())).toList();
            input = LatencyRunInput.ofReported(id, reported, requests, errors, duration, run.coordinatedOmission());
        }
        LoadGenerator tool = LoadGenerator.of(item.source().format(), run.coordinatedOmission());
        return input.withTool(tool.tool(), tool.coordinatedOmission())
                .withPrintedRps(tool.printsThroughput() ? run.throughputRps() : null)
                .withSeconds(run.perSecond().stream().map(s -> new ErrorCount(s.requests(), s.errors())).toList());
    }

    private static Figure throughput(CandidateLatencyReport r) {
        if (r.throughput() == null) return null;
        Interval ci = r.throughput().meanInterval();
        return new Figure(r.throughput().mean(), ci == null ? null : ci.lower(), ci == null ? null : finite(ci.upper()),
                r.throughput().unit(), "measured", r.throughput().n(), r.throughput().method());
    }

    private static Figure errorRate(CandidateLatencyReport r) {
        if (r.errorRate() == null) return null;
        Interval ci = r.errorRate().interval();
        return new Figure(r.errorRate().rate(), ci.lower(), finite(ci.upper()), "fraction", "measured",
                (int) Math.min(Integer.MAX_VALUE, r.errorRate().requests()), r.errorRate().method());
    }

    private static Map<String, Figure> latency(CandidateLatencyReport r, String declaredOrigin) {
        Map<String, Figure> figures = new LinkedHashMap<>();
        if (r.runs().size() == 1) {
            for (PercentileEstimate p : r.runs().getFirst().percentiles()) {
                Interval ci = p.interval();
                figures.put(key(p.label()), new Figure(p.valueMs(), ci == null ? null : finite(ci.lower()),
                        ci == null ? null : finite(ci.upper()), p.unit(), declaredOrigin == null ? p.origin().name() : declaredOrigin, (int) Math.min(Integer.MAX_VALUE, p.n()),
                        p.method(), ci == null ? null : ci.confidenceLevel()));
            }
        } else {
            for (AcrossRunsSummary s : r.acrossRuns()) {
                String origin = declaredOrigin != null && s.origins().stream().allMatch(o -> o.name().equals("HDR_HISTOGRAM"))
                        ? declaredOrigin : s.origins().stream().map(Enum::name).distinct().reduce((a, b) -> a + "+" + b).orElse(null);
                figures.put(key(s.metric()), medianFigure(s, origin, r.settings().confidenceLevel()));
            }
        }
        return figures;
    }

    /**
     * The median of the runs with its order-statistic interval, labelled with its exact coverage; when n is too
     * small for the level the ends stay empty and the method says so ("no 95 % interval with n = 5: [min, max]
     * covers the median with 93.75 %") rather than passing [min, max] off as a 95 % interval.
     */
    private static Figure medianFigure(AcrossRunsSummary s, String origin, double confidence) {
        Interval ci = s.medianInterval();
        boolean bounded = ci != null && ci.lowerBounded() && ci.upperBounded();
        Sentence method = s.method();
        if (ci != null && !bounded) {
            method = Sentence.of("joined.semicolon", RepeatedRuns.noIntervalAt(s.n(), confidence), method);
        }
        Double level = bounded && Math.abs(ci.confidenceLevel() - confidence) > 1e-12 ? ci.confidenceLevel() : null;
        return new Figure(s.median(), bounded ? ci.lower() : null, bounded ? ci.upper() : null, s.unit(), origin, s.n(),
                method, level);
    }

    static String key(String label) {
        return label.toLowerCase(java.util.Locale.ROOT).replace(".", "");
    }

    static Double finite(Double v) {
        return v == null || v.isInfinite() || v.isNaN() ? null : v;
    }
}
