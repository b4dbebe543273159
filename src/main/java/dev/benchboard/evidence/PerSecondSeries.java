package dev.benchboard.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Per-second aggregation of per-request data, for latency-over-time charts. Memory grows with the
 * run's length in seconds, not with its request count.
 */
public final class PerSecondSeries {

    private final TreeMap<Long, long[]> counts = new TreeMap<>();   // second -> {requests, errors}
    private final TreeMap<Long, double[]> sums = new TreeMap<>();   // second -> {sumMs, maxMs}

    public void add(long second, double latencyMs, boolean error) {
        long[] c = counts.computeIfAbsent(second, s -> new long[2]);
        double[] s = sums.computeIfAbsent(second, k -> new double[2]);
        c[0]++;
        if (error) c[1]++;
        s[0] += latencyMs;
        s[1] = Math.max(s[1], latencyMs);
    }

    /**
     * Adds the requests of one second aggregated by the caller ({@code sumMs} = sum of their latencies),
     * for importers that pre-aggregate in a hot loop instead of calling {@link #add(long, double, boolean)}
     * per request.
     */
    public void add(long second, long requests, long errors, double sumMs, double maxMs) {
        if (requests <= 0) return;
        long[] c = counts.computeIfAbsent(second, s -> new long[2]);
        double[] s = sums.computeIfAbsent(second, k -> new double[2]);
        c[0] += requests;
        c[1] += errors;
        s[0] += sumMs;
        s[1] = Math.max(s[1], maxMs);
    }

    public boolean isEmpty() {
        return counts.isEmpty();
    }

    public List<SecondBucket> buckets() {
        List<SecondBucket> out = new ArrayList<>(counts.size());
        counts.forEach((second, c) -> {
            double[] s = sums.get(second);
            out.add(new SecondBucket(second, c[0], c[1], s[0] / c[0], s[1]));
        });
        return out;
    }
}
