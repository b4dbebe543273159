package dev.benchboard.stats.capacity;

import java.util.ArrayList;
import java.util.List;

/** Sweeps shared by the capacity tests; the same numbers are in the reference scripts quoted beside them. */
final class Sweeps {

    static final double[] N = {1, 2, 4, 8, 16, 32, 64, 128, 192, 256};
    /** USL(λ=950, σ=0.03, κ=0.00008) × (1 + fixed noise), rounded to 0.1 req/s. */
    static final double[] X = {959.5, 1816.7, 3552.8, 6195.2, 10397.5, 15310.7, 18547.2, 20059.4, 18761.4, 17794.2};
    static final double[] P99 = {2.1, 2.2, 2.5, 3.1, 4.6, 7.9, 15.2, 38.0, 71.5, 118.0};

    private Sweeps() {
    }

    static List<SweepPoint> realistic() {
        List<SweepPoint> points = new ArrayList<>();
        for (int i = 0; i < N.length; i++) points.add(new SweepPoint(N[i], X[i], P99[i]));
        return points;
    }
}
