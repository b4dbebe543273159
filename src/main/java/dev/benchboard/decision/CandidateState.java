package dev.benchboard.decision;

import dev.benchboard.format.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A candidate during one walk: its evidence and profile, and what the nodes did to it so far. */
final class CandidateState {

    final CandidateFacts evidence;
    /** Null when {@code data/frameworks.json} has no profile for the candidate's framework key. */
    final FrameworkProfile profile;
    final List<Sentence> reasons = new ArrayList<>();
    String excludedAt;
    Sentence excludedReason;
    Integer tier;
    String preferredAt;
    Sentence preferredReason;
    /** "node 'id': reason" for each demote action that matched it; empty when it has no measured shortfall. */
    final List<Sentence> demotions = new ArrayList<>();
    /** Measured facts that fail the evaluation's own bar (SLO misses, a suspected leak); set before the walk. */
    List<Shortfall> shortfalls = List.of();

    CandidateState(CandidateFacts evidence, FrameworkProfile profile) {
        this.evidence = evidence;
        this.profile = profile;
    }

    String name() {
        return evidence.name();
    }

    boolean running() {
        return excludedAt == null;
    }

    boolean demoted() {
        return !demotions.isEmpty();
    }

    Optional<Fact> fact(FactKey key) {
        return evidence.fact(key);
    }

    Sentence noProfileReason() {
        return evidence.frameworkKey() == null ? DecisionWords.of("no-profile-chosen")
                : DecisionWords.of("no-profile-for", evidence.frameworkKey());
    }
}
