package dev.benchboard.report;

import dev.benchboard.format.Sentence;
import java.util.Set;

/**
 * How a history series reads to a person: its load condition or benchmark, its metric and its unit as sentences in
 * the reader's language ("load test · 8 concurrent" / "压测 · 并发 8"), while the series' key keeps the codes the
 * API filters by ({@code metric=P99&benchmark=load test · 8 concurrent}). Names that come from the data (a Go
 * benchmark's name, a run's label, a unit such as ns/op) read as they are.
 */
public record SeriesWords(Sentence benchmark, Sentence metric, Sentence unit) {

    /** The metrics and units the history makes itself; each has a template {@code tracking.metric.<code>}. */
    private static final Set<String> METRICS = Set.of("throughput", "error rate", "pause P99", "heap slope", "availability");
    private static final Set<String> UNITS = Set.of("fraction");
    /** The history's own names for the GC and reliability series, and a run without a label. */
    private static final Set<String> BENCHMARKS = Set.of("reliability", "load test");

    /** "load test · 8 concurrent" / "压测 · 并发 8": the load condition's own words. */
    static Sentence of(LoadCondition condition) {
        return condition.words();
    }

    /** The words of a series whose benchmark is a name (a Go benchmark, "GC", "reliability"). */
    static SeriesWords of(String benchmark, String metric, String unit) {
        return of(benchmark(benchmark), metric, unit);
    }

    static SeriesWords of(Sentence benchmark, String metric, String unit) {
        return new SeriesWords(benchmark, coded(METRICS, "tracking.metric.", metric), coded(UNITS, "tracking.unit.", unit));
    }

    /** "load test · 8 concurrent · P99": what a chart of the series is titled. */
    public Sentence title() {
        return Sentence.of("tracking.series.title", benchmark, metric);
    }

    private static Sentence benchmark(String name) {
        return coded(BENCHMARKS, "tracking.benchmark.", name);
    }

    private static Sentence coded(Set<String> ours, String prefix, String code) {
        return code != null && ours.contains(code) ? Sentence.of(prefix + code.toLowerCase(java.util.Locale.ROOT).replace(' ', '-')) : Sentence.verbatim(code == null ? "" : code);
    }
}
