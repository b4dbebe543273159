package dev.benchboard.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.benchboard.evaluation.StatisticsSettings;
import dev.benchboard.evidence.Evidence;
import dev.benchboard.format.Sentence;
import dev.benchboard.stats.common.Interval;
import dev.benchboard.stats.gc.GcSettings;
import dev.benchboard.stats.latency.RepeatedRuns;
import dev.benchboard.stats.reliability.ReliabilityFigures;
import dev.benchboard.stats.reliability.ReliabilitySettings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The figures of each upload of one candidate on its own, for a history: one value with its interval per
 * series and upload, computed exactly as the report computes them from those runs alone.
 * <ul>
 *   <li>load tests, per load condition: P50 and P99 (ms), throughput (req/s), error rate (fraction);</li>
 *   <li>Go benchmarks, per benchmark: every unit (ns/op, B/op, allocs/op …), the median of the upload's
 *       samples with its order-statistic interval;</li>
 *   <li>GC traces: pause P99 (ms) and the live-heap slope (MB/min, with its interval);</li>
 *   <li>chaos data: MTTR (s) and availability (fraction), with their intervals.</li>
 * </ul>
 */
public final class UploadFigures {

    /**
     * A series of a candidate: a load condition or benchmark (or "GC", "reliability") and a metric, as the API names
     * them; {@code words} is how they read to a person (not part of the API's JSON).
     */
    public record SeriesKey(String benchmark, String metric, String unit, @JsonIgnore SeriesWords words) {

        SeriesKey(String benchmark, String metric, String unit) {
            this(benchmark, metric, unit, SeriesWords.of(benchmark, metric, unit));
        }
    }

    /** One upload's value of one series. */
    public record Point(Evidence.Source source, Double value, Double ciLow, Double ciHigh, Sentence method) {}

    /** The load condition whose change points the report looks for (ChangePoints), for the history's. */
    public static final int MIN_RUNS_FOR_CHANGE_POINTS = ChangePoints.MIN_RUNS;

    private UploadFigures() {
    }

    /** Every series of the candidate, each with its points in upload order (upload time, then upload id). */
    public static Map<SeriesKey, List<Point>> of(Evidence.CandidateEvidence candidate, StatisticsSettings settings,
                                                 Double availabilitySlo) {
        Map<SeriesKey, List<Point>> series = new LinkedHashMap<>();
        for (Map.Entry<Evidence.Source, List<Evidence.RunItem>> upload : byUpload(candidate.runs(), Evidence.RunItem::source).entrySet()) {
            loadTests(candidate.name(), upload.getKey(), upload.getValue(), settings, series);
            benchmarks(upload.getKey(), upload.getValue(), settings, series);
        }
        for (Map.Entry<Evidence.Source, List<Evidence.GcItem>> upload : byUpload(candidate.gc(), Evidence.GcItem::source).entrySet()) {
            gc(upload.getKey(), upload.getValue(), series);
        }
        ReliabilitySettings reliability = new ReliabilitySettings(1 - settings.alpha(), settings.bootstrapResamples(),
                settings.randomSeed(), availabilitySlo, Map.of(), 1.0);
        for (Map.Entry<Evidence.Source, List<Evidence.ChaosItem>> upload : byUpload(candidate.chaos(), Evidence.ChaosItem::source).entrySet()) {
            chaos(upload.getKey(), upload.getValue(), reliability, series);
        }
        return series;
    }

    private static <T> Map<Evidence.Source, List<T>> byUpload(List<T> items, Function<T, Evidence.Source> source) {
        Map<Evidence.Source, List<T>> out = new TreeMap<>(Comparator.comparing(Evidence.Source::uploadedAt)
                .thenComparingLong(Evidence.Source::uploadId));
        for (T item : items) out.computeIfAbsent(source.apply(item), k -> new ArrayList<>()).add(item);
        return out;
    }

    private static void loadTests(String candidate, Evidence.Source source, List<Evidence.RunItem> runs,
                                  StatisticsSettings settings, Map<SeriesKey, List<Point>> series) {
        Map<LoadCondition, List<Evidence.RunItem>> byCondition = new TreeMap<>();
        runs.stream().filter(i -> LatencySection.isLoadTest(i.run()))
                .forEach(i -> byCondition.computeIfAbsent(LoadCondition.of(i.run()), k -> new ArrayList<>()).add(i));
        byCondition.forEach((condition, items) -> {
            LatencySection section = LatencySection.of(candidate, items, settings);
            if (section == null) return;
            add(series, condition, "P50", section.latency().get("p50"), source);
            add(series, condition, "P99", section.latency().get("p99"), source);
            add(series, condition, "throughput", section.throughput(), source);
            add(series, condition, "error rate", section.errorRate(), source);
        });
    }

    private static void add(Map<SeriesKey, List<Point>> series, LoadCondition condition, String metric, Figure figure,
                            Evidence.Source source) {
        if (figure == null || figure.value() == null) return;
        SeriesWords words = SeriesWords.of(SeriesWords.of(condition), metric, figure.unit());
        series.computeIfAbsent(new SeriesKey(condition.name(), metric, figure.unit(), words), k -> new ArrayList<>())
                .add(new Point(source, figure.value(), figure.ciLow(), figure.ciHigh(), figure.method()));
    }

    private static void benchmarks(Evidence.Source source, List<Evidence.RunItem> runs, StatisticsSettings settings,
                                   Map<SeriesKey, List<Point>> series) {
        Map<String, Map<String, List<Double>>> samples = new LinkedHashMap<>();
        runs.stream().filter(i -> !LatencySection.isLoadTest(i.run()) && i.run().label() != null && !i.run().metrics().isEmpty())
                .forEach(i -> i.run().metrics().forEach((unit, value) -> samples.computeIfAbsent(i.run().label(),
                        k -> new LinkedHashMap<>()).computeIfAbsent(unit, k -> new ArrayList<>()).add(value)));
        samples.forEach((benchmark, units) -> units.forEach((unit, values) -> {
            var summary = RepeatedRuns.summarize(unit, unit, List.of(), values, LatencySection.stats(settings));
            Interval ci = summary.medianInterval();
            boolean bounded = ci != null && ci.lowerBounded() && ci.upperBounded();
            series.computeIfAbsent(new SeriesKey(benchmark, unit, unit), k -> new ArrayList<>())
                    .add(new Point(source, summary.median(), bounded ? ci.lower() : null, bounded ? ci.upper() : null,
                            summary.method()));
        }));
    }

    private static void gc(Evidence.Source source, List<Evidence.GcItem> traces, Map<SeriesKey, List<Point>> series) {
        GcSection section = GcSection.of(traces, GcSettings.defaults());
        if (section == null) return;
        GcSection.Headline h = section.headline();
        if (h.pauseP99Ms() != null) {
            series.computeIfAbsent(new SeriesKey("GC", "pause P99", "ms"), k -> new ArrayList<>())
                    .add(new Point(source, h.pauseP99Ms(), null, null, Sentence.of("report.latency.history.gc-pause-p99")));
        }
        var trend = section.traces().stream().filter(t -> t.source().uploadId() == h.source().uploadId())
                .map(t -> t.report().heapTrend()).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        if (trend != null) {
            Interval ci = trend.slopeCiMbPerMinute();
            series.computeIfAbsent(new SeriesKey("GC", "heap slope", "MB/min"), k -> new ArrayList<>())
                    .add(new Point(source, trend.slopeMbPerMinute(), ci == null ? null : LatencySection.finite(ci.lower()),
                            ci == null ? null : LatencySection.finite(ci.upper()), Sentence.of("report.latency.history.heap-slope")));
        }
    }

    private static void chaos(Evidence.Source source, List<Evidence.ChaosItem> items, ReliabilitySettings settings,
                              Map<SeriesKey, List<Point>> series) {
        ReliabilitySection section = ReliabilitySection.of(items, settings);
        if (section == null || section.report().service() == null) return;
        ReliabilityFigures f = section.report().service();
        if (f.mttrSeconds() != null) {
            Interval ci = f.mttrCi() == null ? null : f.mttrCi().bootstrapMean();
            series.computeIfAbsent(new SeriesKey("reliability", "MTTR", "s"), k -> new ArrayList<>())
                    .add(new Point(source, f.mttrSeconds(), ci == null ? null : ci.lower(), ci == null ? null : ci.upper(),
                            Sentence.of("report.latency.history.mttr")));
        }
        Interval a = f.availabilityCi();
        series.computeIfAbsent(new SeriesKey("reliability", "availability", "fraction"), k -> new ArrayList<>())
                .add(new Point(source, f.availability(), a == null ? null : LatencySection.finite(a.lower()),
                        a == null ? null : LatencySection.finite(a.upper()), Sentence.of("report.latency.history.availability")));
    }
}
