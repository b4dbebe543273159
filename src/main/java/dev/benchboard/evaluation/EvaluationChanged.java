package dev.benchboard.evaluation;

/** Published when an evaluation's set-up or data changes, so cached results can be dropped. */
public record EvaluationChanged(long evaluationId) {
}
