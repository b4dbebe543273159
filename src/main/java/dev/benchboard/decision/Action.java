package dev.benchboard.decision;

import java.util.List;

/** What a branch does to the candidates still in the running. */
public sealed interface Action {

    String reason();

    String describe();

    /** Takes the matching candidates out of the running, with the reason shown to the user. */
    record Exclude(List<CandidateCondition> where, String reason) implements Action {
        public Exclude {
            where = List.copyOf(where);
        }

        public String describe() {
            return "exclude candidates where " + CandidateCondition.describe(where);
        }
    }

    /**
     * Marks the matching candidates as having a measured shortfall (an SLO missed, a leak suspected): they stay
     * in the running, named with the reason, but rank after every candidate without one and take no preference.
     */
    record Demote(List<CandidateCondition> where, String reason) implements Action {
        public Demote {
            where = List.copyOf(where);
        }

        public String describe() {
            return "demote candidates where " + CandidateCondition.describe(where);
        }
    }

    /**
     * Moves the matching candidates up: each prefer action that selects someone opens the next preference
     * tier, so earlier preferences outrank later ones. With {@code best}, only the candidates in the best
     * band of that key (among those matching {@code where}) are preferred.
     */
    record Prefer(List<CandidateCondition> where, RankKey best, String reason) implements Action {
        public Prefer {
            where = List.copyOf(where);
        }

        public String describe() {
            String selection = where.isEmpty() ? "candidates" : "candidates where " + CandidateCondition.describe(where);
            return best == null ? "prefer " + selection : "prefer the best of " + selection + " by " + best.describe();
        }
    }
}
