package dev.benchboard.ingest.model;

import java.time.Instant;

/** An interval during which the service was down; injectedAt is null when unknown. */
public record Outage(String faultType, String component, Instant injectedAt, Instant downAt, Instant upAt) {
}
