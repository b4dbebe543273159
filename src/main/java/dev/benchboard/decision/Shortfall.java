package dev.benchboard.decision;

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
record Shortfall(Criterion criterion, String text) {

    static List<Shortfall> of(CandidateState candidate, ServiceRequirements requirements) {
        List<Shortfall> found = new ArrayList<>();
        Double availabilitySlo = requirements.availabilitySlo();
        candidate.fact(FactKey.AVAILABILITY).filter(f -> availabilitySlo != null && f.value() < availabilitySlo)
                .ifPresent(f -> found.add(new Shortfall(Criterion.AVAILABILITY, "misses the availability SLO: "
                        + Numbers.format(100 * f.value()) + " % measured in its chaos runs"
                        + plan(candidate) + ", SLO " + Numbers.format(100 * availabilitySlo) + " %" + from(f))));
        Double p99Slo = requirements.p99SloMs();
        candidate.fact(FactKey.P99_MS).filter(f -> p99Slo != null && f.value() > p99Slo)
                .ifPresent(f -> found.add(new Shortfall(Criterion.P99, "misses the P99 SLO: " + Numbers.format(f.value())
                        + " ms measured, SLO " + Numbers.format(p99Slo) + " ms" + from(f))));
        candidate.fact(FactKey.LEAK_SUSPECTED).filter(f -> f.value() == 1)
                .ifPresent(f -> found.add(new Shortfall(Criterion.GC_PAUSE, "memory leak suspected: the live heap of its"
                        + " GC trace grows over the window" + from(f) + "; its GC pauses describe no steady state, so the"
                        + " GC criterion scores 0")));
        return found;
    }

    private static String plan(CandidateState candidate) {
        List<String> plan = candidate.evidence.faultPlan();
        return plan.isEmpty() ? "" : " (faults injected: " + String.join(", ", plan) + ")";
    }

    private static String from(Fact fact) {
        return fact.sources().isEmpty() ? "" : " (" + String.join(", ", fact.sources().stream()
                .map(s -> "upload " + s.uploadId() + " " + s.fileName()).toList()) + ")";
    }
}
