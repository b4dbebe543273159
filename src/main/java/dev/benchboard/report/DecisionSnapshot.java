package dev.benchboard.report;

/** The decision of an evaluation as JSON, frozen into share links next to the report. */
public interface DecisionSnapshot {

    String json(long evaluationId);
}
