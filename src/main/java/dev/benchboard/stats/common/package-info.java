/**
 * What every statistics package shares: the confidence {@link dev.benchboard.stats.common.Interval}
 * (with its method; unbounded ends are infinities), the settings echoed next to every result, the
 * one sample-quantile rule (type 7) and full-accuracy χ²/t quantiles, the percentile bootstrap, and
 * the seeded random generator. Plain Java over Commons Math, no framework imports.
 */
package dev.benchboard.stats.common;
