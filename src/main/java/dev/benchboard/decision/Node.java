package dev.benchboard.decision;

import java.util.List;

/** A node of a decision tree: a question with yes/no branches, or a rank node that ends the walk. */
public sealed interface Node {

    String id();

    String question();

    /** Longer explanation for readers of the tree; may be null. */
    String description();

    record Question(String id, String question, String description, NodeTest test, Branch yes, Branch no,
                    Branch unknown) implements Node {
    }

    /** Ranks the candidates still in the running; always the end of a path. */
    record Rank(String id, String question, String description, List<RankKey> rankBy) implements Node {
        public Rank {
            rankBy = List.copyOf(rankBy);
        }
    }

    /** What to do when a branch is taken, then where to go. */
    record Branch(List<Action> actions, String next) {
        public Branch {
            actions = List.copyOf(actions);
        }
    }
}
