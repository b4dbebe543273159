package dev.benchboard.stats.changepoint;

/**
 * Settings of E-divisive.
 *
 * @param significance   a split is kept when its permutation p ≤ this (ecp's sig.lvl, default 0.05)
 * @param permutations   permutations per test (ecp's R, default 199; the smallest possible p is 1/(R + 1))
 * @param minSegmentSize fewest points in a segment (ecp's min.size; default 3 for short run histories)
 * @param exponent       α of the energy distance |x − y|^α, in (0, 2]; 1 (the default) detects any change in distribution
 * @param seed           random seed of the permutations
 */
public record ChangePointSettings(double significance, int permutations, int minSegmentSize, double exponent, long seed) {

    public ChangePointSettings {
        if (!(significance > 0 && significance < 1)) {
            throw new IllegalArgumentException("significance must lie in (0, 1): " + significance);
        }
        if (permutations < 1) {
            throw new IllegalArgumentException("at least one permutation is needed: " + permutations);
        }
        if (minSegmentSize < 2) {
            throw new IllegalArgumentException("segments need at least 2 points: " + minSegmentSize);
        }
        if (!(exponent > 0 && exponent <= 2)) {
            throw new IllegalArgumentException("exponent must lie in (0, 2]: " + exponent);
        }
    }

    public static ChangePointSettings defaults() {
        return new ChangePointSettings(0.05, 199, 3, 1.0, 42L);
    }
}
