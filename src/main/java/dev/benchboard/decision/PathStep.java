package dev.benchboard.decision;

import dev.benchboard.format.Sentence;
import java.util.List;

/**
 * One node on the path the walk took.
 *
 * @param question the node's question ({@link TreeTexts}: the default tree's in the reader's language)
 * @param test     the node's test as the tree writes it (an expression; {@link DecisionWords#test} gives it in words)
 * @param answer "yes", "no", "unknown" for question nodes, "ranked" for the rank node
 * @param branch the branch followed ("yes", "no", "unknown"); null on the rank node
 */
public record PathStep(String node, Sentence question, String test, String answer, String branch,
                       List<Observation> evidence, List<Effect> effects) {

    public PathStep {
        evidence = List.copyOf(evidence);
        effects = List.copyOf(effects);
    }
}
