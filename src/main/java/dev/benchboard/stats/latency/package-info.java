/**
 * Latency percentiles with distribution-free confidence intervals, summaries across repeated
 * runs, pooled (merged-histogram) percentiles, throughput and error rates. Latencies arrive as
 * HdrHistograms in microseconds (see {@code dev.benchboard.evidence.Latencies}) or as the
 * percentiles a tool printed; results are in milliseconds and every percentile carries its origin.
 */
package dev.benchboard.stats.latency;
