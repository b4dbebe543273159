package dev.benchboard.stats.reliability;

import dev.benchboard.stats.common.Quantiles;
import java.util.List;
import org.apache.commons.math3.stat.StatUtils;

/** Mean, median (type 7), max of n durations in seconds; null fields when n = 0. */
public record DurationSummary(int n, Double meanSeconds, Double medianSeconds, Double maxSeconds) {

    static DurationSummary of(List<Double> seconds) {
        if (seconds.isEmpty()) return new DurationSummary(0, null, null, null);
        double[] values = seconds.stream().mapToDouble(Double::doubleValue).toArray();
        return new DurationSummary(values.length, StatUtils.mean(values), Quantiles.type7(values, 0.5),
                StatUtils.max(values));
    }
}
