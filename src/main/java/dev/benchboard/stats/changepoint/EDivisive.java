package dev.benchboard.stats.changepoint;

import dev.benchboard.format.Figures;
import dev.benchboard.format.Sentence;
import dev.benchboard.stats.latency.RepeatedRuns;

import dev.benchboard.stats.common.Quantiles;
import dev.benchboard.stats.common.SeededRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * E-divisive means (Matteson &amp; James 2014), following R's ecp::e.divisive: repeatedly find the
 * split with the largest scaled energy statistic over all current segments, test it by permuting
 * the points within each current segment R times (p = (1 + #{permuted best ≥ observed}) / (R + 1)),
 * keep it when p ≤ the significance level, stop at the first split that is not significant.
 * A change point is the index of the first point of the new regime.
 */
public final class EDivisive {

    private EDivisive() {
    }

    public static ChangePointResult detect(double[] series, ChangePointSettings settings) {
        for (double value : series) {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("series contains a non-finite value: " + value);
            }
        }
        double[] x = series.clone();
        int n = x.length;
        RandomGenerator random = SeededRandom.of(settings.seed());
        TreeSet<Integer> boundaries = new TreeSet<>(List.of(0, n));
        List<ChangePoint> found = new ArrayList<>();
        ChangePoint rejected = null;
        while (true) {
            EnergySplit.Candidate candidate = bestOverSegments(x, boundaries, settings);
            if (candidate == null) {
                break;
            }
            double p = permutationPValue(x, boundaries, candidate.statistic(), settings, random);
            ChangePoint point = new ChangePoint(candidate.index(), candidate.statistic(), p, found.size() + 1);
            if (p > settings.significance()) {
                rejected = point;
                break;
            }
            found.add(point);
            boundaries.add(candidate.index());
        }
        return new ChangePointResult(n, found, segments(x, boundaries), rejected, settings,
                Sentence.of("changepoint.method", String.valueOf(settings.exponent()), String.valueOf(settings.minSegmentSize()),
                        Figures.count(settings.permutations()), RepeatedRuns.seed(settings.seed()),
                        String.valueOf(settings.significance())));
    }

    private static EnergySplit.Candidate bestOverSegments(double[] x, TreeSet<Integer> boundaries, ChangePointSettings settings) {
        EnergySplit.Candidate best = null;
        Integer previous = null;
        for (int boundary : boundaries) {
            if (previous != null) {
                EnergySplit.Candidate candidate = EnergySplit.best(x, previous, boundary, settings.minSegmentSize(),
                        settings.exponent());
                if (candidate != null && (best == null || candidate.statistic() > best.statistic())) {
                    best = candidate;
                }
            }
            previous = boundary;
        }
        return best;
    }

    private static double permutationPValue(double[] x, TreeSet<Integer> boundaries, double observed,
                                            ChangePointSettings settings, RandomGenerator random) {
        double[] permuted = x.clone();
        int atLeastAsLarge = 0;
        for (int r = 0; r < settings.permutations(); r++) {
            Integer previous = null;
            for (int boundary : boundaries) {
                if (previous != null) {
                    shuffle(permuted, previous, boundary, random);
                }
                previous = boundary;
            }
            EnergySplit.Candidate best = bestOverSegments(permuted, boundaries, settings);
            if (best != null && best.statistic() >= observed) {
                atLeastAsLarge++;
            }
        }
        return (1.0 + atLeastAsLarge) / (settings.permutations() + 1.0);
    }

    /** Fisher–Yates shuffle of a[from, to). Shuffling an already shuffled segment is still uniform. */
    private static void shuffle(double[] a, int from, int to, RandomGenerator random) {
        for (int i = to - 1; i > from; i--) {
            int j = from + random.nextInt(i - from + 1);
            double t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    private static List<Segment> segments(double[] x, TreeSet<Integer> boundaries) {
        List<Segment> segments = new ArrayList<>();
        Integer previous = null;
        for (int boundary : boundaries) {
            if (previous != null && boundary > previous) {
                double[] part = Arrays.copyOfRange(x, previous, boundary);
                segments.add(new Segment(previous, boundary, Arrays.stream(part).average().orElseThrow(),
                        Quantiles.median(part)));
            }
            previous = boundary;
        }
        return segments;
    }
}
