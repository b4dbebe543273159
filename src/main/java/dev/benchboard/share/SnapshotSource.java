package dev.benchboard.share;

/** Produces the content to freeze for an evaluation (the report and the decision, as JSON). */
public interface SnapshotSource {

    SharedSnapshot snapshot(long evaluationId);
}
