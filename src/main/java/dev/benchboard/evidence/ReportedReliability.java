package dev.benchboard.evidence;

/**
 * Reliability figures someone else computed: stored and shown as reported, never mixed with ours.
 *
 * @param mtbfHours   mean time between failures, hours
 * @param mttrSeconds mean time to repair, seconds
 * @param failureRate failure rate as the source states it, in percent (12.3 = 12.3 %); this is the
 *                    source's own definition, not our λ per hour
 * @param runs        number of runs behind the figures, null when not stated
 */
public record ReportedReliability(String faultType, double mtbfHours, double mttrSeconds, double failureRate, Integer runs) {
}
