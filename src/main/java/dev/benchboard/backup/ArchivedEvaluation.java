package dev.benchboard.backup;

import dev.benchboard.evaluation.Requirements;
import dev.benchboard.evaluation.StatisticsSettings;
import dev.benchboard.evaluation.Weights;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** evaluation.json: the evaluation's own rows (evaluation, candidate, quoted_figure, decision_settings). */
record ArchivedEvaluation(
        String name,
        String description,
        boolean demo,
        Instant createdAt,
        Instant updatedAt,
        Requirements requirements,
        Weights weights,
        StatisticsSettings statistics,
        List<Candidate> candidates,
        List<QuotedFigure> quotedFigures,
        DecisionSettings decisionSettings) {

    /** Uploads and quoted figures name their candidate; names are unique within an evaluation. */
    record Candidate(String name, String framework, String version, String goVersion, String notes, Instant createdAt) {
    }

    /** {@code candidate} null: a figure about the evaluation as a whole. */
    record QuotedFigure(String candidate, String metric, String scope, double value, String unit, String source) {
    }

    /**
     * The team's own tree exactly as they wrote it (text, so its layout survives for the tree editor;
     * null = the default tree) and the tree parameters.
     */
    record DecisionSettings(String treeJson, JsonNode parameters, Instant updatedAt) {
    }
}
