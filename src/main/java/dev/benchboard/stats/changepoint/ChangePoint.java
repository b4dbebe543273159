package dev.benchboard.stats.changepoint;

/**
 * A change point.
 *
 * @param index     0-based index of the first point of the new regime
 * @param statistic the scaled energy statistic Q̂ of the split
 * @param pValue    permutation p = (1 + #{permuted ≥ observed}) / (R + 1)
 * @param order     1 for the first change point found, 2 for the next …
 */
public record ChangePoint(int index, double statistic, double pValue, int order) {
}
