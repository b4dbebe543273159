package dev.benchboard.stats.reliability;

import dev.benchboard.evidence.LitmusResult;
import java.util.ArrayList;
import java.util.List;

/**
 * LitmusChaos-style resilience score: Σ weight·probe success % / Σ weight over the Litmus results.
 *
 * @param scorePercent  null when there are no usable results or all weights are 0
 * @param contributions each result with the weight it got
 */
public record ResilienceScore(Double scorePercent, double totalWeight, List<Contribution> contributions,
                              String method, List<String> warnings) {

    static final String METHOD = "Σ weight·probe success % / Σ weight; weight per Litmus experiment name,"
            + " default for unlisted experiments";

    /** One Litmus result's part in the score. */
    public record Contribution(String name, String experiment, String verdict, double probeSuccessPercent,
                               double weight) {
    }

    public ResilienceScore {
        contributions = List.copyOf(contributions);
        warnings = List.copyOf(warnings);
    }

    public static ResilienceScore of(List<LitmusResult> results, ReliabilitySettings settings) {
        List<Contribution> contributions = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        double weighted = 0;
        double total = 0;
        for (LitmusResult r : results) {
            double p = r.probeSuccessPercent();
            if (!(p >= 0 && p <= 100)) {
                warnings.add("Litmus result " + r.name() + ": probe success " + p + " % is not in 0..100, ignored");
                continue;
            }
            double w = settings.litmusWeight(r.experiment());
            contributions.add(new Contribution(r.name(), r.experiment(), r.verdict(), p, w));
            weighted += w * p;
            total += w;
        }
        if (results.isEmpty()) warnings.add("no Litmus results");
        Double score = total > 0 ? weighted / total : null;
        if (score == null && !results.isEmpty()) warnings.add("no result with a positive weight");
        return new ResilienceScore(score, total, contributions, METHOD, warnings);
    }
}
