package dev.benchboard.report;

import dev.benchboard.evidence.SourceRef;
import dev.benchboard.evaluation.Requirements;
import dev.benchboard.evaluation.StatisticsSettings;
import java.time.Instant;
import java.util.List;

/**
 * Everything computed for an evaluation at one moment, with the settings used and the uploads it
 * was computed from.
 */
public record EvaluationReport(
        long evaluationId,
        String evaluation,
        Instant generatedAt,
        StatisticsSettings settings,
        Requirements requirements,
        List<SourceRef> sources,
        List<CandidateReport> candidates,
        List<RegressionRow> regressions,
        List<String> notes) {

    public CandidateReport candidate(String name) {
        return candidates.stream().filter(c -> c.candidate().equalsIgnoreCase(name)).findFirst().orElse(null);
    }
}
