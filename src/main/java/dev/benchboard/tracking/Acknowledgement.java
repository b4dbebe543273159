package dev.benchboard.tracking;

import java.time.Instant;

/**
 * A regression accepted on purpose. baseline and candidate are the names the gate is asked with (the same
 * name twice: that candidate's baseline uploads against its others).
 */
public record Acknowledgement(long id, long evaluationId, String baseline, String candidate, String benchmark,
                              String metric, String note, String createdBy, Instant createdAt) {

    /** Whether it accepts this row of a comparison between the named baseline and candidate. */
    public boolean accepts(String baselineName, String candidateName, String rowBenchmark, String rowMetric) {
        return baseline.equalsIgnoreCase(baselineName.strip()) && candidate.equalsIgnoreCase(candidateName.strip())
                && benchmark.equals(rowBenchmark) && metric.equalsIgnoreCase(rowMetric);
    }
}
