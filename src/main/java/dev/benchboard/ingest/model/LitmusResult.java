package dev.benchboard.ingest.model;

/** One LitmusChaos ChaosResult: verdict, probe success and run history. */
public record LitmusResult(String name, String experiment, String verdict, double probeSuccessPercent,
                           int passedRuns, int failedRuns) {
}
