package dev.benchboard.decision;

import dev.benchboard.format.Sentence;
import dev.benchboard.decision.SensitivityEntry.WeightChange;
import dev.benchboard.decision.TieReport.NearTie;
import java.util.ArrayList;
import java.util.List;

/**
 * For each weight, the smallest change (one weight moved, the others unchanged) that changes the top
 * candidate, solved exactly. Scores are renormalised over the criteria in each candidate's score (P_i):
 * S_i = A_i / W_i with A_i = Σ_{P_i} w_c·n_ic and W_i = Σ_{P_i} w_c. Moving w_k by δ changes A_i by δ·b_i·n_ik
 * and W_i by δ·b_i, where b_i = 1 when k ∈ P_i, else 0. The top t keeps its place against j while
 * p(δ) = (A_t + δ·b_t·n_tk)(W_j + δ·b_j) − (A_j + δ·b_j·n_jk)(W_t + δ·b_t) ≥ 0 (both denominators are
 * positive), a polynomial of degree ≤ 2: q2 = b_t·b_j·(n_tk − n_jk), q1 = b_j·A_t + b_t·n_tk·W_j − b_t·A_j −
 * b_j·n_jk·W_t, q0 = A_t·W_j − A_j·W_t. The crossing is its first root where p turns negative, upwards and
 * downwards. When every candidate has k in its score and the same P (W_t = W_j = W) this is the familiar
 * δ = (A_t − A_j)/(n_jk − n_tk). Only the contenders (those the weighted score decides between) can take the top.
 */
final class Sensitivity {

    static final double NEAR_TIE_MARGIN = 0.01;

    private Sensitivity() {
    }

    /** @param contenders top first; fewer than two means the weights cannot change the top */
    static List<SensitivityEntry> analyse(List<CandidateState> contenders, WeightedScores scores, Sentence whyFixed) {
        List<SensitivityEntry> entries = new ArrayList<>();
        for (Criterion criterion : Criterion.values()) {
            double current = scores.weight(criterion);
            if (contenders.size() < 2) {
                entries.add(new SensitivityEntry(criterion.weightKey(), current, null, null, null,
                        DecisionWords.of("sensitivity.fixed", DecisionWords.criterion(criterion), whyFixed)));
                continue;
            }
            entries.add(entry(criterion, current, contenders, scores));
        }
        return entries;
    }

    private static SensitivityEntry entry(Criterion k, double current, List<CandidateState> contenders, WeightedScores scores) {
        CandidateState top = contenders.getFirst();
        double upper = Math.max(1, current);
        Crossing up = null;
        Crossing down = null;
        for (CandidateState other : contenders.subList(1, contenders.size())) {
            Gap gap = new Gap(scores, top.name(), other.name(), k);
            double n = scores.credited(other.name(), k);
            Double rise = gap.firstCrossing(+1, upper - current);
            if (rise != null) {
                Crossing c = new Crossing(other.name(), rise, n);
                if (c.beats(up, true)) up = c;
            }
            Double fall = gap.firstCrossing(-1, current);
            if (fall != null) {
                Crossing c = new Crossing(other.name(), fall, n);
                if (c.beats(down, false)) down = c;
            }
        }
        // 0.0 - δ rather than -δ: a zero change must not come out as -0.0.
        WeightChange decrease = down == null ? null : new WeightChange(current - down.delta, 0.0 - down.delta, down.candidate);
        WeightChange increase = up == null ? null : new WeightChange(current + up.delta, up.delta, up.candidate);
        Double smallest = decrease == null && increase == null ? null
                : decrease == null ? increase.change()
                : increase == null ? decrease.change()
                : Math.abs(decrease.change()) <= increase.change() ? decrease.change() : increase.change();
        return new SensitivityEntry(k.weightKey(), current, decrease, increase, smallest,
                summary(DecisionWords.criterion(k), current, upper, top.name(), decrease, increase));
    }

    /** p(δ) of the class comment for the top t against one other contender j and the weight of criterion k. */
    private static final class Gap {
        private final double q2;
        private final double q1;
        private final double q0;
        private final double bt;
        private final double bj;
        private final double wt;
        private final double wj;

        Gap(WeightedScores scores, String t, String j, Criterion k) {
            bt = scores.scored(t, k) ? 1 : 0;
            bj = scores.scored(j, k) ? 1 : 0;
            double at = scores.weightedSum(t);
            double aj = scores.weightedSum(j);
            wt = scores.scoredWeight(t);
            wj = scores.scoredWeight(j);
            double nt = scores.credited(t, k);
            double nj = scores.credited(j, k);
            q2 = bt * bj * (nt - nj);
            q1 = bj * at + bt * nt * wj - bt * aj - bj * nj * wt;
            // Scores within the tie tolerance are equal: a crossing there is at δ = 0, not a rounding error away.
            boolean tied = scores.score(t) - scores.score(j) <= Bands.SCORE_EPSILON;
            q0 = tied ? 0 : Math.max(0, at * wj - aj * wt);
        }

        /**
         * The smallest x ≥ 0 with x ≤ limit at which, moving the weight by direction·x, j gets ahead of t
         * (p turns negative), or null when it does not within the limit.
         */
        Double firstCrossing(int direction, double limit) {
            // f(x) = p(direction·x) = q2·x² + direction·q1·x + q0, f(0) = q0 ≥ 0.
            double b = direction * q1;
            Double x;
            if (q0 == 0 && (b < 0 || (b == 0 && q2 < 0))) {
                x = 0.0;
            } else if (q2 == 0) {
                x = b < 0 ? q0 / -b : null;
            } else {
                double discriminant = b * b - 4 * q2 * q0;
                if (discriminant <= 0) return null;   // f never turns negative (at most it touches 0)
                double sqrt = Math.sqrt(discriminant);
                // Numerically stable roots of q2·x² + b·x + q0.
                double q = -0.5 * (b + Math.copySign(sqrt, b));
                double r1 = q / q2;
                double r2 = q == 0 ? r1 : q0 / q;
                double first = Math.min(r1, r2) > 0 ? Math.min(r1, r2) : Math.max(r1, r2);
                x = first > 0 ? first : null;
            }
            if (x == null || x > limit) return null;
            // Past the crossing both scores must still be defined (some weight left in each score).
            if (wt + direction * x * bt <= 0 || wj + direction * x * bj <= 0) return null;
            return x;
        }
    }

    /** A contender catching up with the top after a weight change of {@code delta} (≥ 0, direction known). */
    private record Crossing(String candidate, double delta, double normalised) {
        /**
         * Nearer crossings win; at the same distance the one that leads just beyond it (the steeper one:
         * higher n going up, lower n going down), then the name.
         */
        boolean beats(Crossing other, boolean upwards) {
            if (other == null || delta < other.delta) return true;
            if (delta > other.delta) return false;
            if (normalised != other.normalised) return upwards ? normalised > other.normalised : normalised < other.normalised;
            return candidate.compareTo(other.candidate) < 0;
        }
    }

    private static Sentence summary(Sentence weight, double current, double upper, String top, WeightChange decrease,
                                    WeightChange increase) {
        if (decrease == null && increase == null) {
            return DecisionWords.of("sensitivity.stays", top, weight, Numbers.format(upper));
        }
        List<Sentence> parts = new ArrayList<>();
        if (decrease != null) {
            parts.add(decrease.change() == 0
                    ? DecisionWords.of("sensitivity.tied.decrease", decrease.newTop(), top, weight)
                    : DecisionWords.of("sensitivity.drops-below", decrease.newTop(), weight, Numbers.format(decrease.threshold()),
                            Numbers.format(current), Numbers.format(decrease.change())));
        }
        if (increase != null) {
            parts.add(increase.change() == 0
                    ? DecisionWords.of("sensitivity.tied.increase", increase.newTop(), top, weight)
                    : DecisionWords.of("sensitivity.rises-above", increase.newTop(), weight, Numbers.format(increase.threshold()),
                            Numbers.format(current), Numbers.format(increase.change())));
        }
        return DecisionWords.joined(parts, "semicolon");
    }

    static TieReport ties(List<CandidateState> contenders, WeightedScores scores, Sentence whyFixed) {
        if (contenders.isEmpty()) return new TieReport(null, null, List.of(), List.of(), NEAR_TIE_MARGIN, whyFixed);
        CandidateState top = contenders.getFirst();
        double topScore = scores.score(top.name());
        if (contenders.size() < 2) {
            return new TieReport(top.name(), topScore, List.of(), List.of(), NEAR_TIE_MARGIN, DecisionWords.of("ties.none", whyFixed));
        }
        List<String> tied = new ArrayList<>();
        List<NearTie> near = new ArrayList<>();
        for (CandidateState other : contenders.subList(1, contenders.size())) {
            double gap = topScore - scores.score(other.name());
            if (gap <= Bands.SCORE_EPSILON) tied.add(other.name());
            else if (gap <= NEAR_TIE_MARGIN) near.add(new NearTie(other.name(), scores.score(other.name()), gap));
        }
        List<Sentence> notes = new ArrayList<>();
        if (!tied.isEmpty()) {
            notes.add(DecisionWords.of("ties.tied", top.name(), Numbers.format(topScore), String.join(", ", tied)));
        }
        for (NearTie n : near) {
            notes.add(DecisionWords.of("ties.near", n.candidate(), Numbers.format(n.gap()), top.name(), Numbers.format(NEAR_TIE_MARGIN)));
        }
        if (notes.isEmpty()) notes.add(DecisionWords.of("ties.no-tie", Numbers.format(NEAR_TIE_MARGIN)));
        return new TieReport(top.name(), topScore, tied, near, NEAR_TIE_MARGIN, DecisionWords.joined(notes, "period"));
    }
}
