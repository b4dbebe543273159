/**
 * Go GC KPIs from gctrace cycles: pause percentiles, STW share, GC CPU share, cycle frequency, the live
 * heap trend with its leak signal, allocation rate, and a GOGC trade-off table with Pareto marks.
 *
 * <p>Entry points: {@link dev.benchboard.stats.gc.GcAnalyzer#analyse} for one trace,
 * {@link dev.benchboard.stats.gc.GogcComparison#compare} for traces at several GOGC values.
 */
package dev.benchboard.stats.gc;
