package dev.benchboard.report;

import dev.benchboard.format.Sentence;

import java.util.List;

/**
 * Everything computed for one candidate. Sections are null when there is no data of that kind;
 * {@code missing} says so in words, with what to upload.
 */
public record CandidateReport(
        String candidate,
        String framework,
        LatencySection latency,
        GcSection gc,
        ReliabilitySection reliability,
        CapacitySection capacity,
        ChangePoints changePoints,
        List<Sentence> missing) {
}
