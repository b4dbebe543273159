/**
 * Reliability figures from chaos experiments: MTBF, MTTR, availability, failure rate with confidence
 * intervals, detection/recovery times, breakdowns per fault type and component, pooling of runs, the
 * error budget against an availability SLO and a LitmusChaos-style resilience score.
 *
 * <p>Entry point: {@link dev.benchboard.stats.reliability.ReliabilityAnalyzer#analyse}. Conventions
 * (all stated again in the results' method texts):
 * <ul>
 *   <li>Outages are clipped to the experiment window. Overlapping or touching outages of one scope are
 *       merged into one down period (union of intervals): service-level downtime is the union of all
 *       outages; a fault type's or component's figures use the union of its own outages only.</li>
 *   <li>A fault type or component is exposed during the windows of the experiments in which it
 *       appears (as an outage or an event), not during experiments that never exercised it.</li>
 *   <li>Runs are pooled by summing window, downtime and failure count, never by averaging MTBFs.</li>
 * </ul>
 */
package dev.benchboard.stats.reliability;
