package dev.benchboard.backup;

import dev.benchboard.evaluation.Requirements;
import dev.benchboard.evaluation.StatisticsSettings;
import dev.benchboard.evaluation.Weights;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * evaluation.json: the evaluation's own rows (evaluation, candidate, quoted_figure, decision_settings,
 * gate_metric, acknowledgement, column_mapping). The last three came later: absent in older archives,
 * read as none.
 */
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
        DecisionSettings decisionSettings,
        List<GateMetric> gateMetrics,
        List<Acknowledgement> acknowledgements,
        List<ColumnMapping> columnMappings) {

    /** Fields an archive made before they existed lacks (see {@link BackupFormat#withAbsentAsNull}). */
    static final List<String> ADDED_LATER = List.of("gateMetrics", "acknowledgements", "columnMappings");

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

    /** A metric's rule in the evaluation's CI gate. */
    record GateMetric(String metric, boolean gates, double thresholdPercent) {
    }

    /** A regression accepted on purpose: a decision someone made (who, when, why), kept as made. */
    record Acknowledgement(String baseline, String candidate, String benchmark, String metric, String note,
                           String createdBy, Instant createdAt) {
    }

    /**
     * A saved column mapping: the header it was made for ({@code header_sha} is its SHA-256, computed
     * again on restore) and the mapping as JSON.
     */
    record ColumnMapping(String name, String headerKey, JsonNode mapping, Instant savedAt) {
    }
}
