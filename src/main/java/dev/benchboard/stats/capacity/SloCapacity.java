package dev.benchboard.stats.capacity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Throughput one instance sustains with P99 ≤ SLO, read off the sweep (not off the USL model).
 *
 * <p>Points are taken in order of concurrency. At the first point whose P99 exceeds the SLO, the throughput
 * at P99 = SLO is interpolated linearly (in P99) between it and the point before; the capacity is that value,
 * or the highest throughput measured before the crossing when that is larger (past the throughput peak,
 * more load brings no more throughput). Nothing is extrapolated: when every point meets the SLO the result
 * is a lower bound, when none does there is no figure, and both are flagged.
 *
 * @param status              how the figure was obtained
 * @param capacityQps         requests/s per instance; null when BELOW_MEASURED_RANGE or NO_P99
 * @param extrapolationNeeded the true capacity lies outside the measured range
 * @param lower               sweep point before the crossing (null unless INTERPOLATED / MEASURED)
 * @param upper               first sweep point over the SLO (null unless INTERPOLATED / MEASURED)
 */
public record SloCapacity(Status status, double p99SloMs, Double capacityQps, boolean extrapolationNeeded,
                          SweepPoint lower, SweepPoint upper, String method, List<String> warnings) {

    public enum Status {
        /** Interpolated between the two points that bracket the SLO. */
        INTERPOLATED,
        /** The highest throughput measured below the SLO exceeds the interpolated one (past the peak). */
        MEASURED,
        /** Every point meets the SLO: capacity is at least the highest throughput measured. */
        SLO_NOT_REACHED,
        /** Even the lightest point misses the SLO: the capacity is below the measured range. */
        BELOW_MEASURED_RANGE,
        /** No sweep point carries a P99. */
        NO_P99
    }

    static final String METHOD = "points in concurrency order; at the first P99 > SLO, X = X_a + (SLO − P99_a)·(X_b − X_a)"
            + "/(P99_b − P99_a) between that point (b) and the one before (a); capacity = max(that X, highest X measured"
            + " before the crossing); never extrapolated";

    public SloCapacity {
        warnings = List.copyOf(warnings);
    }

    public static SloCapacity estimate(List<SweepPoint> sweep, double p99SloMs) {
        if (!(p99SloMs > 0)) throw new IllegalArgumentException("P99 SLO must be > 0 ms");
        List<String> warnings = new ArrayList<>();
        List<SweepPoint> points = sweep.stream().filter(p -> p.p99Ms() != null)
                .sorted(Comparator.comparingDouble(SweepPoint::concurrency)).toList();
        if (points.isEmpty()) {
            warnings.add("no sweep point has a P99");
            return new SloCapacity(Status.NO_P99, p99SloMs, null, false, null, null, METHOD, warnings);
        }
        int crossing = -1;
        for (int i = 0; i < points.size() && crossing < 0; i++) {
            if (points.get(i).p99Ms() > p99SloMs) crossing = i;
        }
        if (crossing == 0) {
            warnings.add("even the lightest sweep point (N = " + points.getFirst().concurrency() + ") has P99 "
                    + points.getFirst().p99Ms() + " ms > SLO: the capacity lies below the measured range;"
                    + " sweep lower loads rather than extrapolate");
            return new SloCapacity(Status.BELOW_MEASURED_RANGE, p99SloMs, null, true, null, null, METHOD, warnings);
        }
        double highestBefore = points.subList(0, crossing < 0 ? points.size() : crossing).stream()
                .mapToDouble(SweepPoint::throughput).max().orElseThrow();
        if (crossing < 0) {
            warnings.add("every sweep point meets the SLO: the capacity is at least " + highestBefore
                    + " req/s (the highest measured); finding it needs a sweep to higher load, not extrapolation");
            return new SloCapacity(Status.SLO_NOT_REACHED, p99SloMs, highestBefore, true, null, null, METHOD, warnings);
        }
        SweepPoint a = points.get(crossing - 1);
        SweepPoint b = points.get(crossing);
        double interpolated = a.throughput()
                + (p99SloMs - a.p99Ms()) * (b.throughput() - a.throughput()) / (b.p99Ms() - a.p99Ms());
        for (int i = crossing + 1; i < points.size(); i++) {
            if (points.get(i).p99Ms() <= p99SloMs) {
                warnings.add("P99 returns under the SLO at N = " + points.get(i).concurrency()
                        + " after first crossing it: the first crossing is used (noisy sweep? repeat it)");
                break;
            }
        }
        Status status = highestBefore > interpolated ? Status.MEASURED : Status.INTERPOLATED;
        return new SloCapacity(status, p99SloMs, Math.max(highestBefore, interpolated), false, a, b, METHOD, warnings);
    }
}
