package dev.benchboard.evaluation;

import java.time.Instant;
import java.util.List;

/** An evaluation with everything the overview shows about its set-up. */
public record EvaluationDetails(
        long id,
        String name,
        String description,
        boolean demo,
        Requirements requirements,
        Weights weights,
        StatisticsSettings settings,
        List<CandidateView> candidates,
        Instant createdAt,
        Instant updatedAt) {

    public EvaluationDraft toDraft() {
        return new EvaluationDraft(name, description, requirements, weights, settings);
    }
}
