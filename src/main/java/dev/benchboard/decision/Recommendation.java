package dev.benchboard.decision;

import dev.benchboard.format.Sentence;
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
public record Recommendation(String candidate, String framework, Integer rank, Double score, List<Sentence> reasons,
                             boolean excluded, Sentence excludedReason, String excludedAt, Integer preferenceTier,
                             Double evidenceCoverage, List<Contribution> contributions, List<Sentence> shortfalls) {

    /** The key of a reason line naming a shortfall ("Shortfall: P99 …"); the workspace shows those lines as its own list. */
    public static final String SHORTFALL_REASON = "decision.reason.shortfall";

    /** The keys of the reason lines that repeat one criterion's contribution (the workspace shows them as a table). */
    public static final String CONTRIBUTION_REASON = "decision.reason.contribution.";

    /** True when {@code reason} is a line of the given kind ({@link #SHORTFALL_REASON}, {@link #CONTRIBUTION_REASON}). */
    public static boolean isReason(Sentence reason, String kind) {
        return reason.key().filter(key -> key.startsWith(kind)).isPresent();
    }

    public Recommendation {
        reasons = List.copyOf(reasons);
        contributions = List.copyOf(contributions);
        shortfalls = List.copyOf(shortfalls);
    }
}
