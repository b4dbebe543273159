package dev.benchboard.stats.reliability;

/**
 * How fast a fault type was noticed and repaired, from the raw outage timestamps (not clipped to the
 * window, not merged): detect = injected → down, recover = down → up.
 */
public record FaultTimings(String faultType, DurationSummary timeToDetect, DurationSummary timeToRecover) {

    /** The fault type of the row over every fault type. */
    public static final String ALL = "all";
}
