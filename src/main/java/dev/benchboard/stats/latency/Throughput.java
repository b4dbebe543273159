package dev.benchboard.stats.latency;

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
        return new RunThroughput(requests, durationSeconds, requests / durationSeconds);
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
                    "one run: requests / duration; no interval");
        }
        double sd = new StandardDeviation(true).evaluate(values);
        double t = Quantiles.studentT(1 - (1 - confidence) / 2, n - 1);
        double halfWidth = t * sd / Math.sqrt(n);
        String method = "per run requests / duration; mean ± t(" + (1 - (1 - confidence) / 2) + "; " + (n - 1)
                + " df)·s/√n (Student t interval of the mean, assumes roughly normal run-to-run variation)";
        return new ThroughputSummary(UNIT, n, java.util.Arrays.stream(values).boxed().toList(), mean, sd, median,
                new Interval(mean - halfWidth, mean + halfWidth, confidence, method), method);
    }
}
