package dev.benchboard.stats.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.benchboard.stats.SyntheticLatencies;
import dev.benchboard.stats.common.StatsSettings;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class RegressionAnalysisTest {

    // Same values as MannWhitneyUTest: scipy two-sided p = 0.0036105143123296027 (normal approximation, 10 + 10)
    private static final List<Double> TEN_A = List.of(12.31, 11.87, 12.95, 13.02, 12.44, 11.76, 12.68, 13.41, 12.12, 12.57);
    private static final List<Double> TEN_B = List.of(13.12, 12.88, 13.75, 14.01, 12.69, 13.36, 13.98, 12.93, 14.22, 13.54);
    private static final StatsSettings SETTINGS = StatsSettings.defaults();

    @Test
    void higherLatencyIsARegressionAndHigherThroughputAnImprovement() {
        // medians 12.505 and 13.45: Δ = +7.5570 %
        MetricComparison latency = RegressionAnalysis.compare(ComparisonInput.RunValues.of("GET /users", "P99", "ms", TEN_A, TEN_B), SETTINGS);
        assertThat(latency.baselineCenter()).isCloseTo(12.505, within(1e-12));
        assertThat(latency.candidateCenter()).isCloseTo(13.45, within(1e-12));
        assertThat(latency.deltaPercent()).isCloseTo((13.45 - 12.505) / 12.505 * 100, within(1e-9));
        assertThat(latency.pValue()).isCloseTo(0.0036105143123296027, within(0.0036105143123296027 * 1e-9));
        assertThat(latency.adjustedPValue()).isEqualTo(latency.pValue());
        assertThat(latency.direction()).isEqualTo(MetricDirection.LOWER_IS_BETTER);
        assertThat(latency.verdict()).isEqualTo(Verdict.REGRESSED);
        assertThat(latency.reason().english()).contains("p = 0.0036 < α = 0.05").contains("+7.56 %").contains("lower is better");
        assertThat(latency.evidence()).isInstanceOfSatisfying(VerdictBasis.RankTest.class,
                rank -> assertThat(rank.shift().estimate()).isCloseTo(0.96499999999999986, within(1e-12)));

        MetricComparison throughput = RegressionAnalysis.compare(ComparisonInput.RunValues.of("GET /users", "throughput", "req/s", TEN_A, TEN_B), SETTINGS);
        assertThat(throughput.direction()).isEqualTo(MetricDirection.HIGHER_IS_BETTER);
        assertThat(throughput.verdict()).isEqualTo(Verdict.IMPROVED);
    }

    @Test
    void significantButBelowThePracticalThresholdIsNoChange() {
        StatsSettings tenPercent = new StatsSettings(0.05, 10.0, 2000, 42L);
        MetricComparison row = RegressionAnalysis.compare(ComparisonInput.RunValues.of("GET /users", "P99", "ms", TEN_A, TEN_B), tenPercent);
        assertThat(row.verdict()).isEqualTo(Verdict.NO_SIGNIFICANT_CHANGE);
        assertThat(row.reason().english()).contains("practical threshold 10.0 %");
    }

    @Test
    void threeRunsPerSideAreInsufficientAndSayHowManyMoreAreNeeded() {
        MetricComparison row = RegressionAnalysis.compare(ComparisonInput.RunValues.of("GET /", "P99", "ms",
                List.of(1.2, 2.5, 3.9), List.of(4.4, 5.1, 6.3)), SETTINGS);
        assertThat(row.verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
        assertThat(row.pValue()).isCloseTo(0.1, within(1e-12)); // scipy mannwhitneyu([1.2,2.5,3.9],[4.4,5.1,6.3]).pvalue = 0.1
        assertThat(row.reason().english()).startsWith("insufficient: ").contains("needs 1 more run a side (4 + 4)");
        MetricComparison single = RegressionAnalysis.compare(ComparisonInput.RunValues.of("GET /", "P99", "ms",
                List.of(1.2), List.of(4.4)), SETTINGS);
        assertThat(single.verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
        assertThat(single.pValue()).isNull();
        assertThat(single.evidence()).isInstanceOf(VerdictBasis.None.class);
        assertThat(single.reason().english()).isEqualTo("insufficient: one run a side — run-to-run variation unknown; needs 3 more runs"
                + " a side (4 + 4)");
    }

    @Test
    void theRunsNeededCountTheRowsOfTheComparison() {
        // Complete separation, 4 + 4 runs: exact two-sided p = 2/70 (scipy mannwhitneyu([1,2,3,4],[5,6,7,8],
        // method='exact').pvalue = 0.02857142857142857). Alone that is a verdict; with three rows Holm multiplies the
        // smallest p by 3: statsmodels multipletests([0.02857142857142857, 1, 1], method='holm')[1][0] = 0.08571428571428572.
        List<Double> a = List.of(1.0, 2.0, 3.0, 4.0);
        List<Double> b = List.of(5.0, 6.0, 7.0, 8.0);
        assertThat(RegressionAnalysis.compare(ComparisonInput.RunValues.of("GET /", "P99", "ms", a, b), SETTINGS).verdict())
                .isEqualTo(Verdict.REGRESSED);
        Comparison three = RegressionAnalysis.compare("A", "B", List.of(
                ComparisonInput.RunValues.of("GET /", "P99", "ms", a, b),
                ComparisonInput.RunValues.of("GET /", "P50", "ms", a, b),
                ComparisonInput.RunValues.of("GET /", "throughput", "req/s", b, a)), SETTINGS);
        assertThat(three.rows()).extracting(MetricComparison::verdict).containsOnly(Verdict.INSUFFICIENT_DATA);
        assertThat(three.rows().getFirst().adjustedPValue()).isCloseTo(0.08571428571428572, within(1e-12));
        assertThat(three.rows().getFirst().reason().english()).endsWith("needs 1 more run a side (5 + 5) with 3 rows under Holm");
    }

    @Test
    void rowsThatCannotBeComparedAreNeitherTestedNorCounted() {
        Comparison comparison = RegressionAnalysis.compare("A", "B", List.of(
                ComparisonInput.RunValues.of("GET /users", "P99", "ms", TEN_A, TEN_B),
                ComparisonInput.NotComparable.of("load test · load not stated", "P99", "ms", List.of(3.0), List.of(4.0),
                        dev.benchboard.format.Sentence.verbatim("load unknown: hey did not print the concurrency"))), SETTINGS);
        assertThat(comparison.rows().get(0).adjustedPValue()).isEqualTo(comparison.rows().get(0).pValue());
        assertThat(comparison.rows().get(1).verdict()).isEqualTo(Verdict.NOT_COMPARABLE);
        assertThat(comparison.rows().get(1).reason().english()).isEqualTo("not comparable: load unknown: hey did not print the concurrency");
        assertThat(comparison.rows().get(1).adjustedPValue()).isNull();
    }

    @Test
    void holmAdjustsOverTheMetricsOfOneComparison() {
        // Raw p: 0.0036105143123296027 (P99 row) and 0.023755990612387985 (P50 row, tie case of MannWhitneyUTest).
        // Holm (R p.adjust): 2·0.0036105… = 0.0072210286246592054, then max(that, 1·0.02375…) = 0.023755990612387985.
        Comparison comparison = RegressionAnalysis.compare("v1", "v2", List.of(
                ComparisonInput.RunValues.of("GET /users", "P99", "ms", TEN_A, TEN_B),
                ComparisonInput.RunValues.of("GET /users", "P50", "ms", List.of(5.0, 6.0, 6.0, 7.0, 8.0, 8.0, 9.0),
                        List.of(7.0, 8.0, 9.0, 9.0, 10.0, 11.0, 12.0))), SETTINGS);
        MetricComparison p99 = comparison.rows().get(0);
        MetricComparison p50 = comparison.rows().get(1);
        assertThat(p99.adjustedPValue()).isCloseTo(0.0072210286246592054, within(0.0072210286246592054 * 1e-9));
        assertThat(p50.adjustedPValue()).isCloseTo(0.023755990612387985, within(0.023755990612387985 * 1e-9));
        assertThat(p99.reason().english()).contains("Holm-adjusted 0.0072");
        assertThat(p50.verdict()).isEqualTo(Verdict.REGRESSED);
    }

    @Test
    void oneRunASideIsNeverAVerdictEvenWhenTheWithinRunIntervalExcludesZero() {
        // Was: a within-run bootstrap interval excluding 0 took the place of p < α ("regressed"). It sees only the
        // noise inside each run, not the run-to-run variation, so it is now shown as information.
        Histogram baseline = SyntheticLatencies.logNormalMicros(200_000, 1, 2_000, 0.5);
        Histogram slower = SyntheticLatencies.logNormalMicros(200_000, 2, 2_400, 0.5);
        Comparison comparison = RegressionAnalysis.compare("main", "pr-42", List.of(
                new ComparisonInput.SingleRunHistograms("GET /users", 99.0, baseline, slower)), SETTINGS);
        MetricComparison row = comparison.rows().getFirst();
        assertThat(row.metric()).isEqualTo("P99");
        assertThat(row.pValue()).isNull();
        assertThat(row.deltaPercent()).isBetween(15.0, 25.0);
        assertThat(row.evidence()).isInstanceOfSatisfying(VerdictBasis.Bootstrap.class,
                b -> assertThat(b.difference().interval().excludes(0.0)).isTrue());
        assertThat(row.verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
        assertThat(row.reason().english()).startsWith("insufficient: one run a side — run-to-run variation unknown; within-run difference +")
                .contains("approx. 95 % bootstrap CI").contains("(information, not a verdict)").endsWith("needs 3 more runs a side (4 + 4)");
    }
}
