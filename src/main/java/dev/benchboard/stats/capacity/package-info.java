/**
 * Capacity planning from a concurrency sweep: Universal Scalability Law fit, throughput sustainable under
 * the P99 SLO, instance count with headroom and redundancy, utilisation, cost, Little's law and an
 * Erlang C cross-check.
 *
 * <p>Entry points: {@link dev.benchboard.stats.capacity.CapacityPlanner#plan} for everything,
 * {@link dev.benchboard.stats.capacity.UslFitter#fit}, {@link dev.benchboard.stats.capacity.SloCapacity#estimate}
 * and {@link dev.benchboard.stats.capacity.ErlangC} on their own.
 */
package dev.benchboard.stats.capacity;
