package dev.benchboard.decision;

/**
 * What an action of a node did to one candidate.
 *
 * @param action    "exclude" or "prefer"
 * @param candidate null when the action matched nobody
 * @param outcome   "excluded", "preferred", "already preferred", "not excluded: no evidence",
 *                  "not preferred: no evidence" or "no candidate matched"
 */
public record Effect(String action, String candidate, String outcome, String reason) {
}
