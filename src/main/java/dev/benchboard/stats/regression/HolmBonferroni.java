package dev.benchboard.stats.regression;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Holm's step-down adjustment of the p-values of one comparison's metrics (R's
 * {@code p.adjust(p, method = "holm")}): sort ascending, multiply the i-th smallest by (m − i + 1),
 * make the sequence non-decreasing, cap at 1. Controls the family-wise error rate without
 * assuming independence between metrics (P50 and P99 of the same runs are not independent).
 */
public final class HolmBonferroni {

    private HolmBonferroni() {
    }

    public static double[] adjust(double[] pValues) {
        int m = pValues.length;
        Integer[] order = IntStream.range(0, m).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> pValues[i]));
        double[] adjusted = new double[m];
        double running = 0;
        for (int rank = 0; rank < m; rank++) {
            int i = order[rank];
            running = Math.max(running, Math.min(1.0, (m - rank) * pValues[i]));
            adjusted[i] = running;
        }
        return adjusted;
    }
}
