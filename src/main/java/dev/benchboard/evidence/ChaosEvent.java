package dev.benchboard.evidence;

import java.time.Instant;

/**
 * One line of a chaos event log. event ∈ experiment_start, fault_injected, down, up, fault_cleared,
 * experiment_end.
 */
public record ChaosEvent(Instant time, String event, String faultType, String component, String detail) {
}
