package dev.benchboard.decision;

import java.util.List;

/**
 * One criterion's part of a candidate's weighted score: contribution = weightShare × normalised.
 *
 * @param weight      the weight as set in the evaluation
 * @param weightShare weight / sum of all six weights (0 when all weights are 0)
 * @param value       the measured (or, for ecosystem, profile) value; null without evidence
 * @param normalised  0..1 after direction-aware min–max normalisation; null without evidence
 * @param basis       "measured", "profile" or "no evidence"
 */
public record Contribution(String criterion, double weight, double weightShare, Double value, String unit,
                           Double normalised, double contribution, String basis, List<SourceRef> sources) {

    public Contribution {
        sources = List.copyOf(sources);
    }
}
