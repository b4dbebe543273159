package dev.benchboard.stats.latency;

import dev.benchboard.format.Sentence;
import dev.benchboard.stats.common.Interval;
import dev.benchboard.stats.common.Quantiles;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;

/** Throughput per run and across runs. */
public final class Throughput {

    public static final String UNIT = "req/s";

    private Throughput() {
    }

    public static RunThroughput perRun(long requests, double durationSeconds) {
        if (requests < 0) {
            throw new IllegalArgumentException("request count must be ≥ 0: " + requests);
        }
        if (!(durationSeconds > 0) || Double.isInfinite(durationSeconds)) {
            throw new IllegalArgumentException("duration must be a positive number of seconds: " + durationSeconds);
        }
        return new RunThroughput(requests, durationSeconds, requests / durationSeconds, requests / durationSeconds,
                RunThroughput.RECOMPUTED);
    }

    /**
     * The tool's printed figure (wrk's Requests/sec divides by the exact run time in µs, while its "in 8.02s"
     * is rounded to 10 ms), with requests / duration kept as the cross-check; without one, requests / duration.
     */
    public static RunThroughput perRun(long requests, double durationSeconds, Double printedRps) {
        RunThroughput recomputed = perRun(requests, durationSeconds);
        if (printedRps == null || !(printedRps >= 0) || Double.isInfinite(printedRps)) return recomputed;
        return new RunThroughput(requests, durationSeconds, printedRps, recomputed.recomputedRps(), RunThroughput.PRINTED);
    }

    /** "the tool's printed Requests/sec", "requests / duration", or both when runs differ. */
    private static Sentence source(List<RunThroughput> runs) {
        boolean printed = runs.stream().anyMatch(r -> RunThroughput.PRINTED.equals(r.source()));
        boolean recomputed = runs.stream().anyMatch(r -> RunThroughput.RECOMPUTED.equals(r.source()));
        if (printed && recomputed) return Sentence.of("latency.throughput.source.mixed");
        return printed ? Sentence.of("latency.throughput.source.printed") : RunThroughput.RECOMPUTED;
    }

    public static ThroughputSummary acrossRuns(List<RunThroughput> runs, double confidence) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("no runs");
        }
        double[] values = runs.stream().mapToDouble(RunThroughput::requestsPerSecond).toArray();
        int n = values.length;
        double mean = new Mean().evaluate(values);
        double median = Quantiles.median(values);
        if (n == 1) {
            return new ThroughputSummary(UNIT, 1, List.of(values[0]), mean, Double.NaN, median, null,
                    Sentence.of("latency.throughput.one-run", source(runs)));
        }
        double sd = new StandardDeviation(true).evaluate(values);
        double t = Quantiles.studentT(1 - (1 - confidence) / 2, n - 1);
        double halfWidth = t * sd / Math.sqrt(n);
        Sentence method = Sentence.of("latency.throughput.mean", source(runs), String.valueOf(1 - (1 - confidence) / 2),
                String.valueOf(n - 1));
        return new ThroughputSummary(UNIT, n, java.util.Arrays.stream(values).boxed().toList(), mean, sd, median,
                new Interval(mean - halfWidth, mean + halfWidth, confidence, method), method);
    }
}
