/**
 * Regression verdicts between a baseline A and a candidate B, per metric: Mann-Whitney U on
 * per-run values with the Hodges–Lehmann shift, a histogram bootstrap of the P99 difference for
 * single runs, Holm–Bonferroni over the metrics of one comparison, a geometric-mean summary and a
 * benchstat-style text table.
 */
package dev.benchboard.stats.regression;
