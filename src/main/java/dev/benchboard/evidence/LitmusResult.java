package dev.benchboard.evidence;

/**
 * One LitmusChaos ChaosResult: verdict, probe success and run history.
 *
 * @param verdict             status.experimentStatus.verdict: Pass, Fail or Stopped
 * @param probeSuccessPercent status.experimentStatus.probeSuccessPercentage, 0..100; NaN when Litmus
 *                            reported none ("N/A", or an older result without the field), which must
 *                            leave the result out of a resilience score rather than count as 0
 */
public record LitmusResult(String name, String experiment, String verdict, double probeSuccessPercent,
                           int passedRuns, int failedRuns) {
}
