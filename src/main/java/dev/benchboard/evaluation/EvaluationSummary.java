package dev.benchboard.evaluation;

import java.time.Instant;

/** A row of the evaluation list. */
public record EvaluationSummary(long id, String name, boolean demo, int candidates, Instant updatedAt) {
}
