package dev.benchboard.stats.regression;

import dev.benchboard.format.Figures;
import dev.benchboard.format.Sentence;
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
 *       over the m tested rows of the comparison (a row that has no test yet enters Holm with p = 1, so
 *       that m is the same as once every row has its runs); Δ % of medians; Hodges–Lehmann shift with
 *       interval. Regressed / improved when adjusted p &lt; α and |Δ %| ≥ the practical threshold, in
 *       the metric's bad / good direction; otherwise "~". When even complete separation cannot give an
 *       adjusted p &lt; α with these runs and m rows, "insufficient" with the runs needed.</li>
 *   <li>One run a side is never a verdict: a within-run bootstrap sees the noise inside each run, not
 *       the run-to-run variation. The bootstrap interval of the percentile difference is shown as
 *       information; the verdict is "insufficient" with the runs needed.</li>
 *   <li>Rows whose sides ran under unknown load are "not comparable" and not tested.</li>
 * </ul>
 * Every row's reason starts with its verdict and says why it is (or is not) one.
 */
public final class RegressionAnalysis {

    private RegressionAnalysis() {
    }

    public static Comparison compare(String baselineName, String candidateName, List<? extends ComparisonInput> inputs,
                                     StatsSettings settings) {
        int rows = (int) inputs.stream().filter(ComparisonInput::tested).count();
        List<Evaluated> evaluated = new ArrayList<>(inputs.size());
        for (ComparisonInput input : inputs) {
            evaluated.add(switch (input) {
                case ComparisonInput.RunValues values -> evaluate(values, rows, settings);
                case ComparisonInput.SingleRunHistograms histograms -> evaluate(histograms, rows, settings);
                case ComparisonInput.NotComparable not -> new Evaluated(input, not.baseline(), not.candidate(),
                        center(not.baseline()), center(not.candidate()),
                        deltaPercent(center(not.baseline()), center(not.candidate())), null, new VerdictBasis.NotComparable(not.why()));
            });
        }
        // Holm over the m tested rows; rows without a test yet count as p = 1 (R: p.adjust(c(p, 1, …), "holm")).
        List<Evaluated> family = evaluated.stream().filter(e -> e.input().tested()).toList();
        double[] raw = family.stream().mapToDouble(e -> e.pValue() == null ? 1.0 : e.pValue()).toArray();
        double[] adjusted = HolmBonferroni.adjust(raw);
        List<MetricComparison> out = new ArrayList<>(evaluated.size());
        int next = 0;
        for (Evaluated e : evaluated) {
            Double adjustedP = null;
            if (e.input().tested()) {
                double a = adjusted[next++];
                adjustedP = e.pValue() == null ? null : a;
            }
            out.add(decide(e, adjustedP, rows, settings));
        }
        List<Sentence> notes = List.of(
                Sentence.of("regression.note.p", String.valueOf(rows)),
                Sentence.of("regression.note.verdict", String.valueOf(settings.alpha()),
                        String.valueOf(settings.practicalThresholdPercent())),
                Sentence.of("regression.note.spread"));
        return new Comparison(baselineName, candidateName, out, GeometricMeans.summarize(out), settings, notes);
    }

    /** One metric on its own (no multiplicity adjustment). */
    public static MetricComparison compare(ComparisonInput input, StatsSettings settings) {
        return compare("baseline", "candidate", List.of(input), settings).rows().getFirst();
    }

    /** A row before the multiplicity adjustment. */
    private record Evaluated(ComparisonInput input, List<Double> baseline, List<Double> candidate, double baselineCenter,
                             double candidateCenter, double deltaPercent, Double pValue, VerdictBasis evidence) {
    }

    private static double center(List<Double> values) {
        return values.isEmpty() ? Double.NaN : Quantiles.median(values);
    }

    private static Evaluated evaluate(ComparisonInput.RunValues input, int rows, StatsSettings settings) {
        int nA = input.baseline().size();
        int nB = input.candidate().size();
        double centerA = center(input.baseline());
        double centerB = center(input.candidate());
        double delta = deltaPercent(centerA, centerB);
        Attainability attainability = Attainability.of(nA, nB, settings.alpha(), rows);
        if (nA < 2 || nB < 2) {
            return new Evaluated(input, input.baseline(), input.candidate(), centerA, centerB, delta, null,
                    new VerdictBasis.None(attainability));
        }
        double[] a = Quantiles.toArray(input.baseline());
        double[] b = Quantiles.toArray(input.candidate());
        MannWhitneyResult test = MannWhitneyU.test(a, b);
        HodgesLehmannShift shift = HodgesLehmann.shift(a, b, settings.confidenceLevel());
        return new Evaluated(input, input.baseline(), input.candidate(), centerA, centerB, delta, test.pValue(),
                new VerdictBasis.RankTest(test, shift, attainability));
    }

    private static Evaluated evaluate(ComparisonInput.SingleRunHistograms input, int rows, StatsSettings settings) {
        BootstrapDifference difference = PercentileDifferenceBootstrap.of(input.baselineMicros(), input.candidateMicros(),
                input.percentile(), settings);
        return new Evaluated(input, List.of(difference.baselineMs()), List.of(difference.candidateMs()),
                difference.baselineMs(), difference.candidateMs(),
                deltaPercent(difference.baselineMs(), difference.candidateMs()), null,
                new VerdictBasis.Bootstrap(difference, Attainability.of(1, 1, settings.alpha(), rows)));
    }

    private static MetricComparison decide(Evaluated e, Double adjustedP, int rows, StatsSettings settings) {
        ComparisonInput input = e.input();
        double threshold = settings.practicalThresholdPercent();
        Verdict verdict;
        Sentence why;
        switch (e.evidence()) {
            case VerdictBasis.NotComparable not -> {
                verdict = Verdict.NOT_COMPARABLE;
                why = not.why();
            }
            case VerdictBasis.Bootstrap bootstrap -> {
                verdict = Verdict.INSUFFICIENT_DATA;
                why = Sentence.of("regression.reason.within-run", ONE_RUN_A_SIDE, withinRun(bootstrap.difference(), input.unit()),
                        bootstrap.attainability().advice());
            }
            case VerdictBasis.None none -> {
                verdict = Verdict.INSUFFICIENT_DATA;
                why = Sentence.of("joined.semicolon", e.baseline().size() == 1 && e.candidate().size() == 1 ? ONE_RUN_A_SIDE
                        : Sentence.of("regression.reason.fewer-than-two", String.valueOf(e.baseline().size()),
                                String.valueOf(e.candidate().size())), none.attainability().advice());
            }
            case VerdictBasis.RankTest rank when !rank.attainability().attainable() -> {
                verdict = Verdict.INSUFFICIENT_DATA;
                why = rank.attainability().explanation();
            }
            case VerdictBasis.RankTest rank -> {
                Sentence p = rows > 1
                        ? Sentence.of("regression.reason.p-holm", pEquals(e.pValue()), Figures.pValue(adjustedP), String.valueOf(rows))
                        : Sentence.of("regression.reason.p", pEquals(e.pValue()));
                boolean significant = adjustedP < settings.alpha();
                verdict = verdictFor(significant, e.deltaPercent(), threshold, input.direction());
                Sentence test = Sentence.of(significant ? "regression.reason.significant" : "regression.reason.not-significant",
                        p, String.valueOf(settings.alpha()));
                why = explain(verdict, significant, test, e.deltaPercent(), threshold, input.direction());
            }
        }
        return new MetricComparison(input.benchmark(), input.metric(), input.unit(), input.direction(), e.baseline(),
                e.candidate(), e.baselineCenter(), e.candidateCenter(), e.deltaPercent(), e.pValue(), adjustedP,
                e.evidence(), verdict, Sentence.of("regression.reason", verdictWords(verdict), why), settings.alpha(), threshold);
    }

    /** The verdict as the reason starts with it: benchstat's symbol ("~") or its word, in the reader's language. */
    static Sentence verdictWords(Verdict verdict) {
        return Sentence.of(switch (verdict) {
            case REGRESSED -> "regression.verdict.regressed";
            case IMPROVED -> "regression.verdict.improved";
            case NO_SIGNIFICANT_CHANGE -> "regression.verdict.no-significant-change";
            case INSUFFICIENT_DATA -> "regression.verdict.insufficient";
            case NOT_COMPARABLE -> "regression.verdict.not-comparable";
        });
    }

    static final Sentence ONE_RUN_A_SIDE = Sentence.of("regression.reason.one-run-a-side");

    /** "+3.100 ms, approx. 95 % bootstrap CI [1.200, 5.000] ms". */
    private static Sentence withinRun(BootstrapDifference d, String unit) {
        Interval ci = d.interval();
        return Sentence.of("regression.within-run.difference", (d.differenceMs() >= 0 ? "+" : "") + Figures.precise(d.differenceMs()),
                unit, trimLevel(ci.confidenceLevel()), Figures.precise(ci.lower()), Figures.precise(ci.upper()));
    }

    private static String trimLevel(double level) {
        double percent = level * 100;
        return percent == Math.rint(percent) ? Long.toString(Math.round(percent)) : String.format(Locale.ROOT, "%.2f", percent);
    }

    private static Verdict verdictFor(boolean significant, double deltaPercent, double threshold, MetricDirection direction) {
        if (!significant || !(Math.abs(deltaPercent) >= threshold)) {
            return Verdict.NO_SIGNIFICANT_CHANGE;
        }
        return direction.worse(deltaPercent) ? Verdict.REGRESSED : Verdict.IMPROVED;
    }

    private static Sentence explain(Verdict verdict, boolean significant, Sentence test, double deltaPercent, double threshold,
                                    MetricDirection direction) {
        Object delta = signedPercent(deltaPercent);
        Sentence way = Sentence.of(direction == MetricDirection.LOWER_IS_BETTER ? "regression.direction.lower-is-better"
                : "regression.direction.higher-is-better");
        String practical = String.valueOf(threshold);
        return switch (verdict) {
            case REGRESSED, IMPROVED -> Sentence.of("regression.reason.changed", test, delta, practical, way);
            case NO_SIGNIFICANT_CHANGE -> significant
                    ? Sentence.of("regression.reason.below-threshold", test, delta, practical)
                    : Sentence.of("regression.reason.no-significant-change", test, delta);
            case INSUFFICIENT_DATA, NOT_COMPARABLE -> throw new IllegalStateException("handled above");
        };
    }

    static double deltaPercent(double baseline, double candidate) {
        if (Double.isNaN(baseline) || Double.isNaN(candidate) || baseline == 0) {
            return Double.NaN;
        }
        return (candidate - baseline) / Math.abs(baseline) * 100;
    }

    /** "= 0.0036", or "< 0.0001": p-values as the app writes them everywhere ({@link Figures#pValue}), never e-notation. */
    private static String pEquals(double p) {
        String text = Figures.pValue(p);
        return text.startsWith("<") ? text : "= " + text;
    }

    /** "+4.15 %", or "n/a" in the reader's words when there is no change to state (a baseline of 0). */
    private static Object signedPercent(double value) {
        return Double.isNaN(value) ? Sentence.of("regression.reason.no-delta") : String.format(Locale.ROOT, "%+.2f %%", value);
    }
}
