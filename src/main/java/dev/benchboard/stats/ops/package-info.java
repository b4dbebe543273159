/**
 * Small pieces shared by the operational statistics (reliability, gc, capacity): confidence intervals
 * that name their method, the one percentile definition used throughout, and exact-accuracy
 * distribution quantiles. Plain Java over Commons Math; no framework imports.
 */
package dev.benchboard.stats.ops;
