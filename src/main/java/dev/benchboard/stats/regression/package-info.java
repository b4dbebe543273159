/**
 * Regression verdicts between a baseline A and a candidate B, per metric: Mann-Whitney U on
 * per-run values with the Hodges–Lehmann shift, Holm–Bonferroni over the rows of one comparison, how many
 * more runs a verdict needs, a geometric-mean summary and a benchstat-style text table. A histogram
 * bootstrap of the P99 difference of single runs is information only: one run a side is never a verdict.
 */
package dev.benchboard.stats.regression;
