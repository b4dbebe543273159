package dev.benchboard.stats.regression;

/**
 * benchstat's geometric-mean row for one unit: the geometric means of the per-benchmark centres
 * (medians) on each side and their ratio, over the benchmarks present on both sides.
 *
 * @param unit          the unit the row summarises
 * @param benchmarks    how many benchmarks entered
 * @param excluded      benchmarks left out because a centre was ≤ 0 (a geometric mean needs positive values)
 * @param baseline      geometric mean of A's medians
 * @param candidate     geometric mean of B's medians
 * @param ratio         candidate / baseline
 * @param deltaPercent  (ratio − 1) · 100
 */
public record GeoMeanRow(String unit, int benchmarks, int excluded, double baseline, double candidate, double ratio,
                         double deltaPercent) {
}
