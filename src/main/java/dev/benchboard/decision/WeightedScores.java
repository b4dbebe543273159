package dev.benchboard.decision;

import dev.benchboard.format.Sentence;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The weighted multi-criteria score of the candidates still in the running.
 * <ul>
 * <li>A <b>shortfall</b> ({@link Shortfall}: availability under its SLO, P99 over its SLO, a suspected leak
 *     for the GC criterion) scores 0 on its criterion, whatever the other candidates measured.</li>
 * <li>The other values of a criterion are min–max normalised across the candidates that have one:
 *     (x − min) / (max − min) when higher is better, (max − x) / (max − min) when lower is better. When all
 *     those values are equal (or only one remains next to shortfalls) each gets 1.</li>
 * <li>A criterion enters a candidate's score only when it can compare: a value measured for one candidate
 *     alone (and no shortfall on it) is "not compared"; availability from chaos runs of different fault plans
 *     is "not comparable" (a shortfall against the SLO still counts: it is judged against the SLO, not
 *     against the others). Without evidence the criterion is "no evidence".</li>
 * <li>score = Σ w_c·n_c / Σ w_c over the criteria that entered the candidate's score (P_i): the weights are
 *     renormalised over what was measured, so missing evidence is reported (basis, coverage, the result's
 *     notes) but is never the penalty. Coverage = Σ_{P_i} w_c / Σ w_c.</li>
 * </ul>
 */
final class WeightedScores {

    static final String MEASURED = "measured";
    static final String PROFILE = "profile";
    static final String SHORTFALL = "shortfall";
    static final String NO_EVIDENCE = "no evidence";
    static final String NOT_COMPARED = "not compared";
    static final String NOT_COMPARABLE = "not comparable";

    private final Map<Criterion, Double> weights = new EnumMap<>(Criterion.class);
    private final double totalWeight;
    /** Normalised values of the criteria that entered each candidate's score. */
    private final Map<String, Map<Criterion, Double>> normalised = new HashMap<>();
    private final Map<String, Map<Criterion, String>> basis = new HashMap<>();
    private final Map<String, Double> scores = new HashMap<>();
    private final Map<String, Double> scoredWeight = new HashMap<>();
    private final Map<String, List<Contribution>> contributions = new HashMap<>();
    private final List<Sentence> notes = new ArrayList<>();

    WeightedScores(List<CandidateState> running, CriterionWeights weightsSet) {
        Map<String, Double> byKey = weightsSet.asMap();
        double total = 0;
        for (Criterion criterion : Criterion.values()) {
            double weight = byKey.get(criterion.weightKey());
            weights.put(criterion, weight);
            total += weight;
        }
        this.totalWeight = total;
        for (CandidateState candidate : running) {
            normalised.put(candidate.name(), new EnumMap<>(Criterion.class));
            basis.put(candidate.name(), new EnumMap<>(Criterion.class));
        }
        for (Criterion criterion : Criterion.values()) normalise(criterion, running);
        for (CandidateState candidate : running) score(candidate);
    }

    private void normalise(Criterion criterion, List<CandidateState> running) {
        List<CandidateState> shortfall = new ArrayList<>();
        List<CandidateState> compared = new ArrayList<>();
        for (CandidateState candidate : running) {
            if (criterion.value(candidate) == null) {
                basis.get(candidate.name()).put(criterion, NO_EVIDENCE);
            } else if (candidate.shortfalls.stream().anyMatch(s -> s.criterion() == criterion)) {
                shortfall.add(candidate);
            } else {
                compared.add(candidate);
            }
        }
        for (CandidateState candidate : shortfall) {
            normalised.get(candidate.name()).put(criterion, 0.0);
            basis.get(candidate.name()).put(criterion, SHORTFALL);
        }
        if (criterion == Criterion.AVAILABILITY && FaultPlans.differ(compared)) {
            notes.add(DecisionWords.of("note.availability-not-compared", Ranking.names(compared), FaultPlans.describe(compared)));
            compared.forEach(c -> basis.get(c.name()).put(criterion, NOT_COMPARABLE));
            return;
        }
        if (compared.size() == 1 && shortfall.isEmpty()) {
            CandidateState only = compared.getFirst();
            notes.add(DecisionWords.of("note.known-for-one", DecisionWords.criterion(criterion), only.name()));
            basis.get(only.name()).put(criterion, NOT_COMPARED);
            return;
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (CandidateState candidate : compared) {
            double value = criterion.value(candidate);
            min = Math.min(min, value);
            max = Math.max(max, value);
        }
        for (CandidateState candidate : compared) {
            double value = criterion.value(candidate);
            double n;
            if (max == min) n = 1;
            else n = criterion.better() == Order.HIGHEST ? (value - min) / (max - min) : (max - value) / (max - min);
            normalised.get(candidate.name()).put(criterion, n);
            basis.get(candidate.name()).put(criterion, criterion.measured() ? MEASURED : PROFILE);
        }
    }

    private void score(CandidateState candidate) {
        Map<Criterion, Double> n = normalised.get(candidate.name());
        double sumWeight = 0;
        double sum = 0;
        for (Map.Entry<Criterion, Double> entry : n.entrySet()) {
            sumWeight += weights.get(entry.getKey());
            sum += weights.get(entry.getKey()) * entry.getValue();
        }
        double score = sumWeight > 0 ? sum / sumWeight : 0;
        List<Contribution> parts = new ArrayList<>();
        for (Criterion criterion : Criterion.values()) {
            double weight = weights.get(criterion);
            Double value = n.get(criterion);
            double share = value == null || sumWeight == 0 ? 0 : weight / sumWeight;
            parts.add(new Contribution(criterion.weightKey(), weight, share, criterion.value(candidate), criterion.unit(), value,
                    value == null ? 0 : share * value, basis.get(candidate.name()).get(criterion), criterion.sources(candidate)));
        }
        scores.put(candidate.name(), score);
        scoredWeight.put(candidate.name(), sumWeight);
        contributions.put(candidate.name(), parts);
    }

    double score(String candidate) {
        return scores.get(candidate);
    }

    /** Σ of the weights of the criteria in the candidate's score over the total weight (0 when all weights are 0). */
    double coverage(String candidate) {
        return totalWeight == 0 ? 0 : scoredWeight.get(candidate) / totalWeight;
    }

    List<Contribution> contributions(String candidate) {
        return contributions.get(candidate);
    }

    /** Why criteria were left out of scores, once per criterion. */
    List<Sentence> notes() {
        return List.copyOf(notes);
    }

    double weight(Criterion criterion) {
        return weights.get(criterion);
    }

    double totalWeight() {
        return totalWeight;
    }

    /** Whether the criterion entered the candidate's score (measured, profile or shortfall). */
    boolean scored(String candidate, Criterion criterion) {
        return normalised.get(candidate).containsKey(criterion);
    }

    /** The normalised value, 0 when the criterion is not in the candidate's score. */
    double credited(String candidate, Criterion criterion) {
        return normalised.get(candidate).getOrDefault(criterion, 0.0);
    }

    /** A_i = Σ_{P_i} w_c·n_c, the score's numerator. */
    double weightedSum(String candidate) {
        double sum = 0;
        for (Map.Entry<Criterion, Double> e : normalised.get(candidate).entrySet()) sum += weights.get(e.getKey()) * e.getValue();
        return sum;
    }

    /** W_i = Σ_{P_i} w_c, the score's denominator. */
    double scoredWeight(String candidate) {
        return scoredWeight.get(candidate);
    }
}
