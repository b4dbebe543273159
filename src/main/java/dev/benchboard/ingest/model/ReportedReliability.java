package dev.benchboard.ingest.model;

/** Reliability figures someone else computed: stored and shown as reported, never mixed with ours. */
public record ReportedReliability(String faultType, double mtbfHours, double mttrSeconds, double failureRate, Integer runs) {
}
