package dev.benchboard.decision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Groups candidates into bands of practically equal values, best band first. A band starts at the best
 * remaining value b and takes every value within a factor (1 + tolerance) of it: v ≤ b·(1 + t) when
 * lower is better, v·(1 + t) ≥ b when higher is better (values are ≥ 0). Tolerance 0 groups equal
 * values only. Being anchored at the band's best makes this a partition, unlike pairwise "close enough".
 */
final class Bands {

    /** Scores closer than this are the same score: sums of the same terms in another order differ by ~1e-16. */
    static final double SCORE_EPSILON = 1e-9;

    private Bands() {
    }

    /** @param items in name order, so equal values keep that order */
    static <T> List<List<T>> byValue(List<T> items, Function<T, Double> value, Order order, double tolerance) {
        return group(items, value, order, (best, v) -> order == Order.LOWEST ? v <= best * (1 + tolerance) : v * (1 + tolerance) >= best);
    }

    static <T> List<List<T>> byScore(List<T> items, Function<T, Double> score) {
        return group(items, score, Order.HIGHEST, (best, v) -> best - v <= SCORE_EPSILON);
    }

    private interface SameBand {
        boolean test(double best, double value);
    }

    private static <T> List<List<T>> group(List<T> items, Function<T, Double> value, Order order, SameBand sameBand) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing(value, order::compareBestFirst));
        List<List<T>> bands = new ArrayList<>();
        double best = 0;
        for (T item : sorted) {
            double v = value.apply(item);
            if (bands.isEmpty() || !sameBand.test(best, v)) {
                bands.add(new ArrayList<>());
                best = v;
            }
            bands.getLast().add(item);
        }
        return bands;
    }
}
