package dev.benchboard.stats.common;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * The random generator of every resampling and permutation: WELL19937c (Commons Math's default)
 * seeded from the settings, a fresh one per statistic so that a figure does not depend on which
 * other figures were computed before it.
 */
public final class SeededRandom {

    public static final String GENERATOR = "WELL19937c";

    private SeededRandom() {
    }

    public static RandomGenerator of(long seed) {
        return new Well19937c(seed);
    }
}
