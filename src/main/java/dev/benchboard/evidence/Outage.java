package dev.benchboard.evidence;

import java.time.Instant;

/**
 * An interval during which the service was down; injectedAt is null when unknown.
 *
 * @param censored true when the log ends while the service is still down: upAt is then the end of the
 *                 observation window, the real repair time is unknown (right-censored) and the
 *                 duration is a lower bound
 */
public record Outage(String faultType, String component, Instant injectedAt, Instant downAt, Instant upAt,
                     boolean censored) {

    /** An outage whose end was observed. */
    public Outage(String faultType, String component, Instant injectedAt, Instant downAt, Instant upAt) {
        this(faultType, component, injectedAt, downAt, upAt, false);
    }
}
