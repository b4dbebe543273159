package dev.benchboard.stats.regression;

import dev.benchboard.format.Sentence;
import java.util.List;

/**
 * One row of a comparison: a metric of a benchmark, baseline A against candidate B, with its
 * verdict and the evidence behind it.
 *
 * @param benchmark        the benchmark or endpoint
 * @param metric           the metric (P99, throughput, sec/op …)
 * @param unit             unit of the values
 * @param direction        which way is better
 * @param baselineValues   per-run values of A (one value for a single-run percentile)
 * @param candidateValues  per-run values of B
 * @param baselineCenter   median of A's runs (the percentile itself for single runs)
 * @param candidateCenter  median of B's runs
 * @param deltaPercent     (B − A) / A · 100; NaN when A's centre is 0
 * @param pValue           raw two-sided p of the rank test, null for bootstrap rows and missing data
 * @param adjustedPValue   Holm-adjusted p over the comparison's rank-test rows, null likewise
 * @param evidence         the test behind the verdict
 * @param verdict          regressed / improved / ~ / insufficient
 * @param reason           why this verdict, in words, with the numbers
 * @param alpha            significance level used
 * @param thresholdPercent practical threshold used
 */
public record MetricComparison(
        String benchmark,
        String metric,
        String unit,
        MetricDirection direction,
        List<Double> baselineValues,
        List<Double> candidateValues,
        double baselineCenter,
        double candidateCenter,
        double deltaPercent,
        Double pValue,
        Double adjustedPValue,
        VerdictBasis evidence,
        Verdict verdict,
        Sentence reason,
        double alpha,
        double thresholdPercent) {

    public MetricComparison {
        baselineValues = List.copyOf(baselineValues);
        candidateValues = List.copyOf(candidateValues);
    }

    public int nBaseline() {
        return baselineValues.size();
    }

    public int nCandidate() {
        return candidateValues.size();
    }
}
