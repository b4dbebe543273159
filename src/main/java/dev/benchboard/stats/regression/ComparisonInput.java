package dev.benchboard.stats.regression;

import dev.benchboard.format.Sentence;

import java.util.List;
import java.util.Objects;
import org.HdrHistogram.AbstractHistogram;

/** One metric to compare between baseline A and candidate B. */
public sealed interface ComparisonInput {

    /** Whether this row is a hypothesis the comparison tests (and Holm counts). */
    default boolean tested() {
        return true;
    }

    String benchmark();

    String metric();

    String unit();

    MetricDirection direction();

    /**
     * Per-run values of a metric (P99 of each run, throughput of each run, ns/op …).
     *
     * @param benchmark  e.g. "GET /users" or "BenchmarkEncode-8"
     * @param metric     e.g. "P99", "throughput", "sec/op"
     * @param unit       e.g. "ms", "req/s", "ns/op"
     * @param direction  which way is better
     * @param baseline   one value per baseline run
     * @param candidate  one value per candidate run
     */
    record RunValues(String benchmark, String metric, String unit, MetricDirection direction,
                     List<Double> baseline, List<Double> candidate) implements ComparisonInput {

        public RunValues {
            Objects.requireNonNull(benchmark, "benchmark");
            Objects.requireNonNull(metric, "metric");
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(direction, "direction");
            baseline = List.copyOf(baseline);
            candidate = List.copyOf(candidate);
        }

        /** Direction taken from the unit (see {@link MetricDirection#forUnit}). */
        public static RunValues of(String benchmark, String metric, String unit, List<Double> baseline, List<Double> candidate) {
            return new RunValues(benchmark, metric, unit, MetricDirection.forUnit(unit), baseline, candidate);
        }
    }

    /**
     * One run per side with raw samples: a latency percentile compared by bootstrap.
     *
     * @param benchmark        e.g. "GET /users"
     * @param percentile       e.g. 99.0
     * @param baselineMicros   the baseline run's histogram (µs)
     * @param candidateMicros  the candidate run's histogram (µs)
     */
    record SingleRunHistograms(String benchmark, double percentile, AbstractHistogram baselineMicros,
                               AbstractHistogram candidateMicros) implements ComparisonInput {

        public SingleRunHistograms {
            Objects.requireNonNull(benchmark, "benchmark");
            Objects.requireNonNull(baselineMicros, "baselineMicros");
            Objects.requireNonNull(candidateMicros, "candidateMicros");
        }

        @Override
        public String metric() {
            return dev.benchboard.stats.latency.PercentileEstimate.labelOf(percentile);
        }

        @Override
        public String unit() {
            return "ms";
        }

        @Override
        public MetricDirection direction() {
            return MetricDirection.LOWER_IS_BETTER;
        }
    }

    /**
     * A metric whose two sides cannot be compared (e.g. both ran under a load nobody stated): shown with
     * its values and why, never tested, not counted by Holm.
     *
     * @param why in words, e.g. "hey does not print its concurrency; state it on the upload"
     */
    record NotComparable(String benchmark, String metric, String unit, MetricDirection direction,
                         List<Double> baseline, List<Double> candidate, Sentence why) implements ComparisonInput {

        public NotComparable {
            Objects.requireNonNull(why, "why");
            baseline = List.copyOf(baseline);
            candidate = List.copyOf(candidate);
        }

        public static NotComparable of(String benchmark, String metric, String unit, List<Double> baseline,
                                       List<Double> candidate, Sentence why) {
            return new NotComparable(benchmark, metric, unit, MetricDirection.forUnit(unit), baseline, candidate, why);
        }

        @Override
        public boolean tested() {
            return false;
        }
    }
}
