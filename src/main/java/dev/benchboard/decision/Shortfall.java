package dev.benchboard.decision;

import dev.benchboard.format.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * A measured fact that fails the evaluation's own bar: availability under its SLO, P99 over its SLO, or a
 * suspected memory leak. Named in the recommendation and scored 0 on its criterion (see {@link WeightedScores}),
 * whatever the tree does; the default tree also demotes the candidate.
 *
 * @param criterion the weighted-score criterion it counts against
 * @param text      what was measured against what, with the uploads
 */
record Shortfall(Criterion criterion, Sentence text) {

    static List<Shortfall> of(CandidateState candidate, ServiceRequirements requirements) {
        List<Shortfall> found = new ArrayList<>();
        Double availabilitySlo = requirements.availabilitySlo();
        candidate.fact(FactKey.AVAILABILITY).filter(f -> availabilitySlo != null && f.value() < availabilitySlo)
                .ifPresent(f -> found.add(new Shortfall(Criterion.AVAILABILITY, DecisionWords.of("shortfall.availability",
                        Numbers.format(100 * f.value()), plan(candidate), Numbers.format(100 * availabilitySlo), from(f)))));
        Double p99Slo = requirements.p99SloMs();
        candidate.fact(FactKey.P99_MS).filter(f -> p99Slo != null && f.value() > p99Slo)
                .ifPresent(f -> found.add(new Shortfall(Criterion.P99, DecisionWords.of("shortfall.p99",
                        Numbers.format(f.value()), Numbers.format(p99Slo), from(f)))));
        candidate.fact(FactKey.LEAK_SUSPECTED).filter(f -> f.value() == 1)
                .ifPresent(f -> found.add(new Shortfall(Criterion.GC_PAUSE, DecisionWords.of("shortfall.leak", from(f)))));
        return found;
    }

    /** " (faults injected: a, b)", or nothing when the runs record no fault types. */
    private static Object plan(CandidateState candidate) {
        List<String> plan = candidate.evidence.faultPlan();
        return plan.isEmpty() ? "" : DecisionWords.of("shortfall.faults", String.join(", ", plan));
    }

    /** " (upload 23 chaos/events.csv)", or nothing without uploads. */
    private static Object from(Fact fact) {
        return fact.sources().isEmpty() ? "" : DecisionWords.of("shortfall.sources",
                DecisionWords.uploads(fact.sources(), "shortfall.upload"));
    }
}
