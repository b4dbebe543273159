package dev.benchboard.decision;

import java.util.List;

/**
 * One candidate in the ranked recommendation. Excluded candidates come last with rank and score null.
 *
 * @param score            the weighted score in [0, 1]; criteria without evidence add 0 (see
 *                         {@code evidenceCoverage} and the reasons)
 * @param evidenceCoverage the share of the total weight backed by evidence for this candidate
 * @param preferenceTier   1 for the first preference a node gave, 2 for the next …; null if not preferred
 */
public record Recommendation(String candidate, String framework, Integer rank, Double score, List<String> reasons,
                             boolean excluded, String excludedReason, String excludedAt, Integer preferenceTier,
                             Double evidenceCoverage, List<Contribution> contributions) {

    public Recommendation {
        reasons = List.copyOf(reasons);
        contributions = List.copyOf(contributions);
    }
}
