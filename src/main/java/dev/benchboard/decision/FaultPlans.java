package dev.benchboard.decision;

import dev.benchboard.format.Sentence;
import java.util.List;

/**
 * Reliability figures from chaos runs (availability, failure rate, MTTR) depend on what was injected: a
 * plan of process kills and one of network partitions give different outages from the same server. So
 * they are compared only between candidates whose runs injected the same set of fault types.
 */
final class FaultPlans {

    private FaultPlans() {
    }

    /**
     * True when the given candidates (all with reliability figures) do not share one fault plan. Runs that
     * record no fault types have the plan "not recorded", equal only to another such plan.
     */
    static boolean differ(List<CandidateState> candidates) {
        return candidates.stream().map(c -> c.evidence.faultPlan()).distinct().count() > 1;
    }

    /** "Fiber: network-partition; Gin: process-freeze, process-kill". */
    static Sentence describe(List<CandidateState> candidates) {
        return DecisionWords.joined(candidates, c -> DecisionWords.of("fault-plan", c.name(), c.evidence.faultPlan().isEmpty()
                ? DecisionWords.of("fault-plan.not-recorded") : String.join(", ", c.evidence.faultPlan())), "semicolon");
    }
}
