package dev.benchboard.decision;

import dev.benchboard.format.Sentence;
import java.util.List;

/**
 * The answer to {@code GET /api/evaluations/{id}/decision}: the ranked recommendation, the path through
 * the tree with the evidence at each node, and how sensitive the top candidate is to the weights.
 *
 * @param top          the recommended candidate; null when none remains
 * @param topDecidedBy what put the top candidate first (a preference, a rank key, the weighted score)
 */
public record DecisionResult(String tree, String top, Sentence topDecidedBy, List<Recommendation> recommendation,
                             List<PathStep> path, List<SensitivityEntry> sensitivity, TieReport ties,
                             List<Sentence> notes) {

    public DecisionResult {
        recommendation = List.copyOf(recommendation);
        path = List.copyOf(path);
        sensitivity = List.copyOf(sensitivity);
        notes = List.copyOf(notes);
    }
}
