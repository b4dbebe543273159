package dev.benchboard.decision;

import dev.benchboard.format.Sentence;

/**
 * What an action of a node did to one candidate.
 *
 * @param action    "exclude", "demote" or "prefer"
 * @param candidate null when the action matched nobody
 * @param outcome   "excluded", "preferred", "already preferred", "not excluded: no evidence",
 *                  "not preferred: no evidence", "demoted", "not demoted: no evidence", "not preferred: demoted"
 *                  or "no candidate matched": a code, which the workspace writes in words
 * @param reason    the action's reason, or why the action could not be applied, in the reader's language
 */
public record Effect(String action, String candidate, String outcome, Sentence reason) {
}
