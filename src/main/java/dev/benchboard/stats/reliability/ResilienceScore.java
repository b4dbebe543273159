package dev.benchboard.stats.reliability;

import dev.benchboard.evidence.LitmusResult;
import dev.benchboard.format.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * LitmusChaos-style resilience score: Σ weight·probe success % / Σ weight over the Litmus results.
 *
 * @param scorePercent  null when there are no usable results or all weights are 0
 * @param contributions each result with the weight it got
 */
public record ResilienceScore(Double scorePercent, double totalWeight, List<Contribution> contributions,
                              Sentence method, List<Sentence> warnings) {

    static final Sentence METHOD = Sentence.of("reliability.resilience.method");

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
        List<Sentence> warnings = new ArrayList<>();
        double weighted = 0;
        double total = 0;
        for (LitmusResult r : results) {
            double p = r.probeSuccessPercent();
            if (!(p >= 0 && p <= 100)) {
                // String.valueOf: the value as the data gave it (120.0, NaN), not rounded away.
                warnings.add(Sentence.of("reliability.resilience.warning.out-of-range", r.name(), String.valueOf(p)));
                continue;
            }
            double w = settings.litmusWeight(r.experiment());
            contributions.add(new Contribution(r.name(), r.experiment(), r.verdict(), p, w));
            weighted += w * p;
            total += w;
        }
        if (results.isEmpty()) warnings.add(Sentence.of("reliability.resilience.warning.none"));
        Double score = total > 0 ? weighted / total : null;
        if (score == null && !results.isEmpty()) warnings.add(Sentence.of("reliability.resilience.warning.no-weight"));
        return new ResilienceScore(score, total, contributions, METHOD, warnings);
    }
}
