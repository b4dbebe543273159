package dev.benchboard.decision;

/**
 * What an action of a node did to one candidate.
 *
 * @param action    "exclude", "demote" or "prefer"
 * @param candidate null when the action matched nobody
 * @param outcome   "excluded", "preferred", "already preferred", "not excluded: no evidence",
 *                  "not preferred: no evidence", "demoted", "not demoted: no evidence", "not preferred: demoted"
 *                  or "no candidate matched"
 */
public record Effect(String action, String candidate, String outcome, String reason) {
}
