package dev.benchboard.decision;

import dev.benchboard.evaluation.Weights;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The weighted multi-criteria score of the candidates still in the running.
 * <ul>
 * <li>Each criterion is min–max normalised across the candidates that have evidence for it:
 *     (x − min) / (max − min) when higher is better, (max − x) / (max − min) when lower is better.
 *     When all those values are equal (or only one candidate has one) every one of them gets 1.</li>
 * <li>score = Σ weight·normalised / Σ weight over all six criteria, so scores lie in [0, 1].</li>
 * <li>A criterion without evidence for a candidate adds 0 to its score, with the weight kept in the
 *     denominator: the score credits only what was measured. Renormalising over the measured criteria
 *     would instead assume the candidate is as good on the unmeasured ones as on the rest. The
 *     candidate's evidence coverage (the weight share backed by evidence) is reported beside it.</li>
 * </ul>
 */
final class WeightedScores {

    private final Map<Criterion, Double> weights = new EnumMap<>(Criterion.class);
    private final double totalWeight;
    private final Map<String, Map<Criterion, Double>> normalised = new HashMap<>();
    private final Map<String, Double> scores = new HashMap<>();
    private final Map<String, Double> coverage = new HashMap<>();
    private final Map<String, List<Contribution>> contributions = new HashMap<>();

    WeightedScores(List<CandidateState> running, Weights weightsSet) {
        Map<String, Double> byKey = weightsSet.asMap();
        double total = 0;
        for (Criterion criterion : Criterion.values()) {
            double weight = byKey.get(criterion.weightKey());
            weights.put(criterion, weight);
            total += weight;
        }
        this.totalWeight = total;
        for (CandidateState candidate : running) normalised.put(candidate.name(), new EnumMap<>(Criterion.class));
        for (Criterion criterion : Criterion.values()) normalise(criterion, running);
        for (CandidateState candidate : running) score(candidate);
    }

    private void normalise(Criterion criterion, List<CandidateState> running) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (CandidateState candidate : running) {
            Double value = criterion.value(candidate);
            if (value == null) continue;
            min = Math.min(min, value);
            max = Math.max(max, value);
        }
        for (CandidateState candidate : running) {
            Double value = criterion.value(candidate);
            if (value == null) continue;
            double n;
            if (max == min) n = 1;
            else n = criterion.better() == Order.HIGHEST ? (value - min) / (max - min) : (max - value) / (max - min);
            normalised.get(candidate.name()).put(criterion, n);
        }
    }

    private void score(CandidateState candidate) {
        List<Contribution> parts = new ArrayList<>();
        double score = 0;
        double covered = 0;
        for (Criterion criterion : Criterion.values()) {
            double weight = weights.get(criterion);
            double share = totalWeight == 0 ? 0 : weight / totalWeight;
            Double n = normalised.get(candidate.name()).get(criterion);
            double contribution = n == null ? 0 : share * n;
            if (n != null) covered += share;
            score += contribution;
            String basis = n == null ? "no evidence" : criterion.measured() ? "measured" : "profile";
            parts.add(new Contribution(criterion.weightKey(), weight, share, criterion.value(candidate), criterion.unit(), n,
                    contribution, basis, criterion.sources(candidate)));
        }
        scores.put(candidate.name(), score);
        coverage.put(candidate.name(), covered);
        contributions.put(candidate.name(), parts);
    }

    double score(String candidate) {
        return scores.get(candidate);
    }

    double coverage(String candidate) {
        return coverage.get(candidate);
    }

    List<Contribution> contributions(String candidate) {
        return contributions.get(candidate);
    }

    double weight(Criterion criterion) {
        return weights.get(criterion);
    }

    double totalWeight() {
        return totalWeight;
    }

    /** The normalised value, 0 without evidence (what the score credits). */
    double credited(String candidate, Criterion criterion) {
        return normalised.get(candidate).getOrDefault(criterion, 0.0);
    }

    /** Σ weight·credited, the score before dividing by the total weight. */
    double weightedSum(String candidate) {
        double sum = 0;
        for (Criterion criterion : Criterion.values()) sum += weights.get(criterion) * credited(candidate, criterion);
        return sum;
    }
}
