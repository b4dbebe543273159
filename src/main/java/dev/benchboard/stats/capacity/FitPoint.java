package dev.benchboard.stats.capacity;

/**
 * One sweep point next to the monotone P99 fit at its concurrency.
 *
 * @param measuredP99Ms the P99 measured (median over the runs at this concurrency)
 * @param fittedP99Ms   the isotonic fit at this concurrency
 * @param runs          the point's weight in the fit
 * @param disagrees     the measurement breaks the monotone order, so the fit pooled it with its neighbours
 *                      and differs from it (relative difference over 1e-9)
 * @param acrossSlo     the measurement and the fit lie on different sides of the SLO: the point alone would
 *                      have moved the crossing
 */
public record FitPoint(double concurrency, double throughput, double measuredP99Ms, double fittedP99Ms, int runs,
                       boolean disagrees, boolean acrossSlo) {
}
