package dev.benchboard.stats.changepoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * R's ecp package is not installable here (not in Debian; CRAN is unreachable), so the reference is
 * an independent Python computation: the energy statistic by its definition (no incremental sums),
 * maximised by brute force over τ and κ, and the e.divisive loop with 199 permutations on top:
 * <pre>
 * /usr/bin/python3 src/test/resources/stats-reference/edivisive_reference.py
 * -> s1: first split 15, Q = 36.18428571428573; e.divisive [(15, 36.184…, p 0.005), (23, 0.91636…, p 0.58)]
 * -> s2: first split 15, Q = 56.05714285714288; e.divisive [(15, 56.057…, 0.005), (30, 40.62571428571429, 0.005),
 *        (4, 0.8604444444444439, 0.69)]
 * -> s3: first split 21, Q = 1.707199999999999; e.divisive [(21, 1.7072, p 0.245)]
 * </pre>
 * Split indices are 0-based indices of the first point of the new regime (ecp reports them 1-based).
 * Deterministic statistics agree to 1e-9 relative; p-values are permutation estimates and agree in
 * outcome (≤ or > 0.05), with 0.005 = 1/200 exact when no permutation reaches a strong shift.
 */
class EDivisiveTest {

    static final double[] ONE_SHIFT = {10.0, 10.12, 9.89, 9.64, 9.82, 9.6, 10.02, 10.54, 9.8, 9.75, 10.2, 10.14, 10.04, 9.63,
            9.99, 13.28, 12.46, 12.82, 12.24, 12.48, 12.26, 12.91, 12.49, 13.11, 13.06, 12.93, 11.99, 12.78, 12.98, 13.05};
    static final double[] TWO_SHIFTS = {9.39, 9.81, 9.61, 9.68, 10.42, 9.68, 9.99, 10.35, 9.77, 9.96, 10.04, 10.03, 9.51, 10.03,
            10.54, 13.38, 14.34, 14.05, 13.74, 14.8, 14.3, 13.52, 14.03, 14.23, 13.92, 14.27, 13.97, 14.27, 14.58, 13.73, 11.08,
            10.81, 11.05, 10.53, 10.77, 10.92, 11.36, 11.46, 10.47, 10.68, 11.26, 10.2, 10.81, 10.96, 11.5};
    static final double[] NO_SHIFT = {10.34, 9.84, 9.82, 9.87, 10.76, 9.79, 9.85, 10.18, 9.94, 9.9, 9.44, 9.99, 9.78, 10.58,
            10.33, 9.99, 10.33, 9.83, 10.53, 10.0, 10.29, 9.35, 10.17, 9.16, 8.98, 9.85, 9.55, 10.08, 11.12, 9.58};

    private static final ChangePointSettings DEFAULTS = ChangePointSettings.defaults();

    @Test
    void energyStatisticOfTheBestSplitMatchesTheBruteForceReference() {
        assertSplit(EnergySplit.best(ONE_SHIFT, 0, ONE_SHIFT.length, 3, 1.0), 15, 36.18428571428573);
        assertSplit(EnergySplit.best(TWO_SHIFTS, 0, TWO_SHIFTS.length, 3, 1.0), 15, 56.05714285714288);
        assertSplit(EnergySplit.best(NO_SHIFT, 0, NO_SHIFT.length, 3, 1.0), 21, 1.707199999999999);
        // Second split of TWO_SHIFTS: best over the segments [0, 15) and [15, 45) (segment offset 15 → absolute 30).
        assertSplit(EnergySplit.best(TWO_SHIFTS, 15, 45, 3, 1.0), 30, 40.62571428571429);
    }

    @Test
    void findsAKnownShiftAtTheFirstPointOfTheNewRegime() {
        ChangePointResult result = EDivisive.detect(ONE_SHIFT, DEFAULTS);
        assertThat(result.indices()).containsExactly(15);
        ChangePoint point = result.changePoints().getFirst();
        assertThat(point.statistic()).isCloseTo(36.18428571428573, within(36.18428571428573 * 1e-9));
        assertThat(point.pValue()).isEqualTo(1.0 / 200);
        assertThat(result.rejected().index()).isEqualTo(23);
        assertThat(result.rejected().statistic()).isCloseTo(0.9163636363636353, within(0.9163636363636353 * 1e-9));
        assertThat(result.rejected().pValue()).isGreaterThan(0.05);
        assertThat(result.segments()).extracting(Segment::from, Segment::to)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 15), org.assertj.core.groups.Tuple.tuple(15, 30));
        assertThat(result.segments().get(1).mean()).isCloseTo(Arrays.stream(ONE_SHIFT, 15, 30).average().orElseThrow(), within(1e-12));
    }

    @Test
    void findsTwoShiftsRecursively() {
        ChangePointResult result = EDivisive.detect(TWO_SHIFTS, DEFAULTS);
        assertThat(result.changePoints()).extracting(ChangePoint::index).containsExactly(15, 30);
        assertThat(result.changePoints()).extracting(ChangePoint::order).containsExactly(1, 2);
        assertThat(result.changePoints().get(1).statistic()).isCloseTo(40.62571428571429, within(40.62571428571429 * 1e-9));
        assertThat(result.changePoints()).allSatisfy(p -> assertThat(p.pValue()).isEqualTo(0.005));
        assertThat(result.rejected().index()).isEqualTo(4);
        assertThat(result.rejected().statistic()).isCloseTo(0.8604444444444439, within(0.8604444444444439 * 1e-9));
        assertThat(result.segments()).hasSize(3);
    }

    @Test
    void findsNothingInNoise() {
        ChangePointResult result = EDivisive.detect(NO_SHIFT, DEFAULTS);
        assertThat(result.changePoints()).isEmpty();
        assertThat(result.rejected().index()).isEqualTo(21);
        // Python's permutation estimate was 0.245; ours differs by Monte-Carlo error only.
        assertThat(result.rejected().pValue()).isBetween(0.10, 0.45);
        assertThat(result.segments()).hasSize(1);
    }

    @Test
    void respectsTheMinimumSegmentSizeAndIsReproducible() {
        // A level shift in the last two points cannot be split off with segments of at least 3.
        double[] series = {5, 5.1, 4.9, 5, 5.05, 4.95, 5, 9, 9.1};
        ChangePointResult result = EDivisive.detect(series, DEFAULTS);
        assertThat(result.changePoints()).allSatisfy(p -> assertThat(p.index()).isBetween(3, series.length - 3));
        assertThat(EDivisive.detect(series, DEFAULTS)).isEqualTo(result);
        // Too short for any split: nothing to test.
        ChangePointResult tiny = EDivisive.detect(new double[] {1, 2, 3, 4, 5}, DEFAULTS);
        assertThat(tiny.changePoints()).isEmpty();
        assertThat(tiny.rejected()).isNull();
    }

    private static void assertSplit(EnergySplit.Candidate candidate, int index, double statistic) {
        assertThat(candidate.index()).isEqualTo(index);
        assertThat(candidate.statistic()).isCloseTo(statistic, within(Math.abs(statistic) * 1e-9));
    }
}
