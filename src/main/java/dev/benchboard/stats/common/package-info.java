/**
 * Tiny things the statistics packages share: an interval with its confidence level, the
 * settings echoed next to every result, the one quantile rule used for bootstrap distributions
 * and the seeded random generator. Plain Java, no framework imports.
 */
package dev.benchboard.stats.common;
