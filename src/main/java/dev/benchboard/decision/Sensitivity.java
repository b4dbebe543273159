package dev.benchboard.decision;

import dev.benchboard.decision.SensitivityEntry.WeightChange;
import dev.benchboard.decision.TieReport.NearTie;
import java.util.ArrayList;
import java.util.List;

/**
 * For each weight, the smallest change (one weight moved, the others unchanged) that changes the top
 * candidate, solved exactly. With S_i = A_i / W, A_i = Σ_c w_c·n_ic and W = Σ_c w_c, moving w_k by δ
 * changes A_i by δ·n_ik and W by δ for every candidate alike, so the top t keeps its place against j
 * while A_t − A_j + δ·(n_tk − n_jk) ≥ 0. The crossing is δ = (A_t − A_j) / (n_jk − n_tk): upwards
 * when j is better normalised on k, downwards when worse. Only the contenders (those the weighted score
 * decides between) can take the top.
 */
final class Sensitivity {

    static final double NEAR_TIE_MARGIN = 0.01;

    private Sensitivity() {
    }

    /** @param contenders top first; fewer than two means the weights cannot change the top */
    static List<SensitivityEntry> analyse(List<CandidateState> contenders, WeightedScores scores, String whyFixed) {
        List<SensitivityEntry> entries = new ArrayList<>();
        for (Criterion criterion : Criterion.values()) {
            double current = scores.weight(criterion);
            if (contenders.size() < 2) {
                entries.add(new SensitivityEntry(criterion.weightKey(), current, null, null, null,
                        "No change of the " + criterion.weightKey() + " weight can change the top: " + whyFixed));
                continue;
            }
            entries.add(entry(criterion, current, contenders, scores));
        }
        return entries;
    }

    private static SensitivityEntry entry(Criterion k, double current, List<CandidateState> contenders, WeightedScores scores) {
        CandidateState top = contenders.getFirst();
        double topSum = scores.weightedSum(top.name());
        double topN = scores.credited(top.name(), k);
        double upper = Math.max(1, current);
        double othersTotal = scores.totalWeight() - current;
        Crossing up = null;
        Crossing down = null;
        for (CandidateState other : contenders.subList(1, contenders.size())) {
            double gap = Math.max(0, topSum - scores.weightedSum(other.name()));
            double n = scores.credited(other.name(), k);
            if (n > topN) {
                Crossing c = new Crossing(other.name(), gap / (n - topN), n);
                if (current + c.delta <= upper && c.beats(up, true)) up = c;
            } else if (n < topN) {
                Crossing c = new Crossing(other.name(), gap / (topN - n), n);
                // At w_k = 0 with every other weight 0 there is no score at all, so that point is no threshold.
                boolean defined = current - c.delta > 0 || othersTotal > 0;
                if (current - c.delta >= 0 && defined && c.beats(down, false)) down = c;
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
                summary(k.weightKey(), current, upper, top.name(), decrease, increase));
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

    private static String summary(String weight, double current, double upper, String top, WeightChange decrease, WeightChange increase) {
        if (decrease == null && increase == null) {
            return top + " stays on top for any " + weight + " weight in [0, " + Numbers.format(upper) + "] (other weights unchanged)";
        }
        List<String> parts = new ArrayList<>();
        if (decrease != null) {
            parts.add(decrease.change() == 0
                    ? decrease.newTop() + " is tied with " + top + ": any decrease of the " + weight + " weight puts " + decrease.newTop() + " on top"
                    : decrease.newTop() + " takes the top if the " + weight + " weight drops below " + Numbers.format(decrease.threshold())
                    + " (from " + Numbers.format(current) + ", change " + Numbers.format(decrease.change()) + ")");
        }
        if (increase != null) {
            parts.add(increase.change() == 0
                    ? increase.newTop() + " is tied with " + top + ": any increase of the " + weight + " weight puts " + increase.newTop() + " on top"
                    : increase.newTop() + " takes the top if the " + weight + " weight rises above " + Numbers.format(increase.threshold())
                    + " (from " + Numbers.format(current) + ", change +" + Numbers.format(increase.change()) + ")");
        }
        return String.join("; ", parts);
    }

    static TieReport ties(List<CandidateState> contenders, WeightedScores scores, String whyFixed) {
        if (contenders.isEmpty()) return new TieReport(null, null, List.of(), List.of(), NEAR_TIE_MARGIN, whyFixed);
        CandidateState top = contenders.getFirst();
        double topScore = scores.score(top.name());
        if (contenders.size() < 2) {
            return new TieReport(top.name(), topScore, List.of(), List.of(), NEAR_TIE_MARGIN, "No tie to report: " + whyFixed);
        }
        List<String> tied = new ArrayList<>();
        List<NearTie> near = new ArrayList<>();
        for (CandidateState other : contenders.subList(1, contenders.size())) {
            double gap = topScore - scores.score(other.name());
            if (gap <= Bands.SCORE_EPSILON) tied.add(other.name());
            else if (gap <= NEAR_TIE_MARGIN) near.add(new NearTie(other.name(), scores.score(other.name()), gap));
        }
        List<String> notes = new ArrayList<>();
        if (!tied.isEmpty()) {
            notes.add(top.name() + " is tied on weighted score " + Numbers.format(topScore) + " with " + String.join(", ", tied)
                    + "; the name order puts " + top.name() + " first, which is no reason to prefer it");
        }
        for (NearTie n : near) {
            notes.add(n.candidate() + " is within " + Numbers.format(n.gap()) + " of " + top.name()
                    + " (less than the near-tie margin " + Numbers.format(NEAR_TIE_MARGIN) + "): treat the order as uncertain");
        }
        if (notes.isEmpty()) notes.add("No tie or near-tie (within " + Numbers.format(NEAR_TIE_MARGIN) + ") at the top");
        return new TieReport(top.name(), topScore, tied, near, NEAR_TIE_MARGIN, String.join(". ", notes));
    }
}
