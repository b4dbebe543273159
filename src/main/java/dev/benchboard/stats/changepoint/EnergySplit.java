package dev.benchboard.stats.changepoint;

/**
 * The best single split of one segment by the scaled energy statistic of Matteson &amp; James (2014):
 * for a left part X = first τ points and a right part Y = the next κ − τ points,
 *
 * <pre>
 *   Ê = 2/(τ(κ−τ)) Σ|x − y|^α − 2/(τ(τ−1)) Σ_{i&lt;j}|xᵢ − xⱼ|^α − 2/((κ−τ)(κ−τ−1)) Σ_{i&lt;j}|yᵢ − yⱼ|^α
 *   Q̂ = τ(κ − τ)/κ · Ê
 * </pre>
 *
 * maximised over τ and κ with both parts at least the minimum segment size (ecp's splitPointC).
 * The within- and between-sums are updated incrementally as τ moves, so one segment of length L
 * costs O(L²) time and O(L) memory. One deliberate difference from ecp's C++: ecp computes the
 * weight τ(κ − τ)/κ in integer arithmetic (truncating it); here it is the exact real weight of the paper.
 */
final class EnergySplit {

    /** A split: {@code index} is the absolute index of the first point of the right part. */
    record Candidate(int index, double statistic) {
    }

    private EnergySplit() {
    }

    /** Best split of x[start, end); null when the segment is shorter than two minimum segments. */
    static Candidate best(double[] x, int start, int end, int minSize, double exponent) {
        int length = end - start;
        if (length < 2 * minSize) {
            return null;
        }
        int t1 = minSize;
        double within = 0; // A: Σ d over pairs inside X = [0, t1)
        for (int i = 0; i < t1; i++) {
            for (int j = i + 1; j < t1; j++) {
                within += distance(x, start + i, start + j, exponent);
            }
        }
        // right[t2]: Σ d over pairs inside Y = [t1, t2); between[t2]: Σ d over X × Y.
        double[] right = new double[length + 1];
        double[] between = new double[length + 1];
        for (int t2 = t1 + 1; t2 <= length; t2++) {
            int newest = start + t2 - 1;
            double toY = 0;
            for (int j = t1; j < t2 - 1; j++) {
                toY += distance(x, start + j, newest, exponent);
            }
            double toX = 0;
            for (int i = 0; i < t1; i++) {
                toX += distance(x, start + i, newest, exponent);
            }
            right[t2] = right[t2 - 1] + toY;
            between[t2] = between[t2 - 1] + toX;
        }
        int bestIndex = -1;
        double bestStatistic = Double.NEGATIVE_INFINITY;
        while (true) {
            for (int t2 = t1 + minSize; t2 <= length; t2++) {
                double q = scaledStatistic(within, right[t2], between[t2], t1, t2);
                if (q > bestStatistic) {
                    bestStatistic = q;
                    bestIndex = start + t1;
                }
            }
            if (t1 + 1 + minSize > length) {
                break;
            }
            // Point p = t1 moves from Y into X.
            int p = t1;
            double addWithin = 0;
            for (int i = 0; i < p; i++) {
                addWithin += distance(x, start + i, start + p, exponent);
            }
            within += addWithin;
            double rowToY = 0;
            for (int t2 = p + 2; t2 <= length; t2++) {
                rowToY += distance(x, start + p, start + t2 - 1, exponent);
                right[t2] -= rowToY;
                between[t2] += rowToY - addWithin;
            }
            t1++;
        }
        return new Candidate(bestIndex, bestStatistic);
    }

    /** Q̂ for X = [0, t1), Y = [t1, t2) from the three distance sums. */
    static double scaledStatistic(double withinX, double withinY, double between, int t1, int t2) {
        double m = t2 - t1;
        double energy = 2 * between / (t1 * m) - 2 * withinY / (m * (m - 1)) - 2 * withinX / (t1 * (t1 - 1.0));
        return t1 * m / t2 * energy;
    }

    private static double distance(double[] x, int i, int j, double exponent) {
        double d = Math.abs(x[i] - x[j]);
        return exponent == 1.0 ? d : Math.pow(d, exponent);
    }
}
