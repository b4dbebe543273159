package dev.benchboard.decision;

import dev.benchboard.format.Sentence;

/**
 * How far one weight may move, the other weights unchanged, before the top candidate changes. Because
 * scores divide by the sum of the weights, this is the same as renormalising all weights to sum to 1
 * after the change: the ranking is identical either way.
 *
 * @param decrease       the highest weight below the current one at which another candidate catches up
 *                       with the top, or null when none does within [0, current]
 * @param increase       the lowest weight above the current one at which another candidate catches up,
 *                       or null when none does within [current, max(1, current)]
 * @param smallestChange the signed change of the nearer of the two; null when neither exists
 */
public record SensitivityEntry(String weight, double current, WeightChange decrease, WeightChange increase,
                               Double smallestChange, Sentence summary) {

    /**
     * At {@code threshold} the two scores are equal (and the name order decides); beyond it {@code newTop}
     * leads.
     */
    public record WeightChange(double threshold, double change, String newTop) {
    }
}
