package dev.benchboard.ingest.format.cli;

import dev.benchboard.evidence.SecondBucket;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Per-second aggregation like {@link dev.benchboard.evidence.PerSecondSeries}, tuned for a
 * stream of millions of rows that mostly fall in the same second as the previous one: that second's
 * slot is cached, so a row costs no map lookup and no boxing. Memory grows with the run's length in
 * seconds, not with its request count.
 */
final class SecondSeries {

    private static final int COUNT = 0, ERRORS = 1, SUM = 2, MAX = 3;
    private final TreeMap<Long, double[]> slots = new TreeMap<>();
    private long currentSecond = Long.MIN_VALUE;
    private double[] current;

    void add(long second, double latencyMs, boolean error) {
        if (second != currentSecond) {
            currentSecond = second;
            current = slots.computeIfAbsent(second, s -> new double[] {0, 0, 0, Double.NEGATIVE_INFINITY});
        }
        current[COUNT]++;
        if (error) current[ERRORS]++;
        current[SUM] += latencyMs;
        if (latencyMs > current[MAX]) current[MAX] = latencyMs;
    }

    List<SecondBucket> buckets() {
        List<SecondBucket> out = new ArrayList<>(slots.size());
        slots.forEach((second, s) -> out.add(new SecondBucket(second, (long) s[COUNT], (long) s[ERRORS], s[SUM] / s[COUNT], s[MAX])));
        return out;
    }
}
