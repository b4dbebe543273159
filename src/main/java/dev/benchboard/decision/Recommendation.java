package dev.benchboard.decision;

import java.util.List;

/**
 * One candidate in the ranked recommendation. Excluded candidates come last with rank and score null.
 *
 * @param score            the weighted score in [0, 1], renormalised over the criteria that could be scored
 *                         for this candidate (see {@code evidenceCoverage}, the contributions' basis and the reasons)
 * @param evidenceCoverage the share of the total weight in this candidate's score
 * @param preferenceTier   1 for the first preference a node gave, 2 for the next …; null if not preferred
 * @param shortfalls       measured facts that fail the evaluation's bar (an SLO missed, a suspected leak), in words
 */
public record Recommendation(String candidate, String framework, Integer rank, Double score, List<String> reasons,
                             boolean excluded, String excludedReason, String excludedAt, Integer preferenceTier,
                             Double evidenceCoverage, List<Contribution> contributions, List<String> shortfalls) {

    /** How a reason line naming a shortfall starts ("Shortfall: P99 …"); the workspace shows those lines as its own list. */
    public static final String SHORTFALL_REASON = "Shortfall: ";

    public Recommendation {
        reasons = List.copyOf(reasons);
        contributions = List.copyOf(contributions);
        shortfalls = List.copyOf(shortfalls);
    }
}
