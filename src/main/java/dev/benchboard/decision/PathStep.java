package dev.benchboard.decision;

import java.util.List;

/**
 * One node on the path the walk took.
 *
 * @param answer "yes", "no", "unknown" for question nodes, "ranked" for the rank node
 * @param branch the branch followed ("yes", "no", "unknown"); null on the rank node
 */
public record PathStep(String node, String question, String test, String answer, String branch,
                       List<Observation> evidence, List<Effect> effects) {

    public PathStep {
        evidence = List.copyOf(evidence);
        effects = List.copyOf(effects);
    }
}
