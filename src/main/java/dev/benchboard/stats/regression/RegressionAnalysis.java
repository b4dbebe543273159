package dev.benchboard.stats.regression;

import dev.benchboard.stats.common.Interval;
import dev.benchboard.stats.common.Quantiles;
import dev.benchboard.stats.common.StatsSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Baseline-versus-candidate verdicts per metric (statistics.md, "Regression verdicts").
 *
 * <ul>
 *   <li>Repeated runs (≥ 2 per side): two-sided Mann-Whitney U on the per-run values, Holm-adjusted
 *       over the comparison's rank-test rows; Δ % of medians; Hodges–Lehmann shift with interval.
 *       Regressed / improved when adjusted p &lt; α and |Δ %| ≥ the practical threshold, in the
 *       metric's bad / good direction; otherwise "~". When even complete separation cannot give
 *       p &lt; α, "insufficient" with the runs needed.</li>
 *   <li>Single runs with histograms: the bootstrap interval of the percentile difference excluding 0
 *       takes the place of p &lt; α.</li>
 * </ul>
 */
public final class RegressionAnalysis {

    private RegressionAnalysis() {
    }

    public static Comparison compare(String baselineName, String candidateName, List<? extends ComparisonInput> inputs,
                                     StatsSettings settings) {
        List<Evaluated> evaluated = new ArrayList<>(inputs.size());
        for (ComparisonInput input : inputs) {
            evaluated.add(switch (input) {
                case ComparisonInput.RunValues values -> evaluate(values, settings);
                case ComparisonInput.SingleRunHistograms histograms -> evaluate(histograms, settings);
            });
        }
        double[] raw = evaluated.stream().filter(e -> e.pValue() != null).mapToDouble(Evaluated::pValue).toArray();
        double[] adjusted = HolmBonferroni.adjust(raw);
        List<MetricComparison> rows = new ArrayList<>(evaluated.size());
        int next = 0;
        for (Evaluated e : evaluated) {
            Double adjustedP = e.pValue() == null ? null : adjusted[next++];
            rows.add(decide(e, adjustedP, raw.length, settings));
        }
        List<String> notes = List.of(
                "p: two-sided Mann-Whitney U on per-run values (scipy mannwhitneyu method='auto'); "
                        + "p(holm): Holm–Bonferroni over the " + raw.length + " rank-test row(s) of this comparison; "
                        + "verdicts use the adjusted p",
                "verdict: regressed/improved when p(holm) < α = " + settings.alpha() + " (single runs: bootstrap "
                        + Math.round(settings.confidenceLevel() * 100) + " % CI of the difference excludes 0) and |Δ%| ≥ "
                        + settings.practicalThresholdPercent() + " % in the metric's direction; ~ otherwise",
                "± is the largest deviation of a run from the median, relative to the median");
        return new Comparison(baselineName, candidateName, rows, GeometricMeans.summarize(rows), settings, notes);
    }

    /** One metric on its own (no multiplicity adjustment). */
    public static MetricComparison compare(ComparisonInput input, StatsSettings settings) {
        return compare("baseline", "candidate", List.of(input), settings).rows().getFirst();
    }

    /** A row before the multiplicity adjustment. */
    private record Evaluated(ComparisonInput input, List<Double> baseline, List<Double> candidate, double baselineCenter,
                             double candidateCenter, double deltaPercent, Double pValue, Evidence evidence) {
    }

    private static Evaluated evaluate(ComparisonInput.RunValues input, StatsSettings settings) {
        int nA = input.baseline().size();
        int nB = input.candidate().size();
        double centerA = nA > 0 ? Quantiles.median(input.baseline()) : Double.NaN;
        double centerB = nB > 0 ? Quantiles.median(input.candidate()) : Double.NaN;
        double delta = deltaPercent(centerA, centerB);
        Attainability attainability = Attainability.of(nA, nB, settings.alpha());
        if (nA < 2 || nB < 2) {
            return new Evaluated(input, input.baseline(), input.candidate(), centerA, centerB, delta, null,
                    new Evidence.None(attainability));
        }
        double[] a = Quantiles.toArray(input.baseline());
        double[] b = Quantiles.toArray(input.candidate());
        MannWhitneyResult test = MannWhitneyU.test(a, b);
        HodgesLehmannShift shift = HodgesLehmann.shift(a, b, settings.confidenceLevel());
        return new Evaluated(input, input.baseline(), input.candidate(), centerA, centerB, delta, test.pValue(),
                new Evidence.RankTest(test, shift, attainability));
    }

    private static Evaluated evaluate(ComparisonInput.SingleRunHistograms input, StatsSettings settings) {
        BootstrapDifference difference = PercentileDifferenceBootstrap.of(input.baselineMicros(), input.candidateMicros(),
                input.percentile(), settings);
        return new Evaluated(input, List.of(difference.baselineMs()), List.of(difference.candidateMs()),
                difference.baselineMs(), difference.candidateMs(),
                deltaPercent(difference.baselineMs(), difference.candidateMs()), null, new Evidence.Bootstrap(difference));
    }

    private static MetricComparison decide(Evaluated e, Double adjustedP, int testedRows, StatsSettings settings) {
        ComparisonInput input = e.input();
        double threshold = settings.practicalThresholdPercent();
        Verdict verdict;
        String reason;
        switch (e.evidence()) {
            case Evidence.None none -> {
                verdict = Verdict.INSUFFICIENT_DATA;
                reason = "fewer than 2 runs on a side (" + e.baseline().size() + " + " + e.candidate().size()
                        + "): no rank test; " + none.attainability().explanation();
            }
            case Evidence.RankTest rank when !rank.attainability().attainable() -> {
                verdict = Verdict.INSUFFICIENT_DATA;
                reason = rank.attainability().explanation();
            }
            case Evidence.RankTest rank -> {
                String p = testedRows > 1
                        ? "p = " + fmt(e.pValue()) + " (Holm-adjusted " + fmt(adjustedP) + ")"
                        : "p = " + fmt(e.pValue());
                boolean significant = adjustedP < settings.alpha();
                verdict = verdictFor(significant, e.deltaPercent(), threshold, input.direction());
                reason = explain(verdict, significant, p + (significant ? " < α = " : " ≥ α = ") + settings.alpha(),
                        e.deltaPercent(), threshold, input.direction());
            }
            case Evidence.Bootstrap bootstrap -> {
                Interval ci = bootstrap.difference().interval();
                boolean excludesZero = ci.excludes(0.0);
                verdict = verdictFor(excludesZero, e.deltaPercent(), threshold, input.direction());
                String test = Math.round(ci.confidenceLevel() * 100) + " % bootstrap CI of the difference ["
                        + fmt(ci.lower()) + ", " + fmt(ci.upper()) + "] " + input.unit()
                        + (excludesZero ? " excludes 0" : " includes 0");
                reason = explain(verdict, excludesZero, test, e.deltaPercent(), threshold, input.direction());
            }
        }
        return new MetricComparison(input.benchmark(), input.metric(), input.unit(), input.direction(), e.baseline(),
                e.candidate(), e.baselineCenter(), e.candidateCenter(), e.deltaPercent(), e.pValue(), adjustedP,
                e.evidence(), verdict, reason, settings.alpha(), threshold);
    }

    private static Verdict verdictFor(boolean significant, double deltaPercent, double threshold, MetricDirection direction) {
        if (!significant || !(Math.abs(deltaPercent) >= threshold)) {
            return Verdict.NO_SIGNIFICANT_CHANGE;
        }
        return direction.worse(deltaPercent) ? Verdict.REGRESSED : Verdict.IMPROVED;
    }

    private static String explain(Verdict verdict, boolean significant, String test, double deltaPercent, double threshold,
                                  MetricDirection direction) {
        String delta = "Δ = " + signedPercent(deltaPercent);
        String way = direction == MetricDirection.LOWER_IS_BETTER ? "lower is better" : "higher is better";
        return switch (verdict) {
            case REGRESSED, IMPROVED -> test + " and |" + delta + "| ≥ " + threshold + " % (" + way + ")";
            case NO_SIGNIFICANT_CHANGE -> significant
                    ? test + ", but |" + delta + "| < the practical threshold " + threshold + " %: no relevant change"
                    : test + ": no significant change (" + delta + ")";
            case INSUFFICIENT_DATA -> throw new IllegalStateException("handled above");
        };
    }

    static double deltaPercent(double baseline, double candidate) {
        if (Double.isNaN(baseline) || Double.isNaN(candidate) || baseline == 0) {
            return Double.NaN;
        }
        return (candidate - baseline) / Math.abs(baseline) * 100;
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.4g", value);
    }

    private static String signedPercent(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%+.2f %%", value);
    }
}
