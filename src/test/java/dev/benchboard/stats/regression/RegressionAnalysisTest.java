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
        assertThat(latency.reason()).contains("p = 0.003611 < α = 0.05").contains("+7.56 %").contains("lower is better");
        assertThat(latency.evidence()).isInstanceOfSatisfying(Evidence.RankTest.class,
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
        assertThat(row.reason()).contains("practical threshold 10.0 %");
    }

    @Test
    void threeRunsPerSideAreInsufficientAndSayHowManyMoreAreNeeded() {
        MetricComparison row = RegressionAnalysis.compare(ComparisonInput.RunValues.of("GET /", "P99", "ms",
                List.of(1.2, 2.5, 3.9), List.of(4.4, 5.1, 6.3)), SETTINGS);
        assertThat(row.verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
        assertThat(row.pValue()).isCloseTo(0.1, within(1e-12)); // scipy mannwhitneyu([1.2,2.5,3.9],[4.4,5.1,6.3]).pvalue = 0.1
        assertThat(row.reason()).contains("1 more baseline and 1 more candidate").contains("(4 + 4)");
        MetricComparison single = RegressionAnalysis.compare(ComparisonInput.RunValues.of("GET /", "P99", "ms",
                List.of(1.2), List.of(4.4)), SETTINGS);
        assertThat(single.verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
        assertThat(single.pValue()).isNull();
        assertThat(single.evidence()).isInstanceOf(Evidence.None.class);
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
        assertThat(p99.reason()).contains("Holm-adjusted 0.007221");
        assertThat(p50.verdict()).isEqualTo(Verdict.REGRESSED);
    }

    @Test
    void singleRunsUseTheBootstrapIntervalInsteadOfP() {
        Histogram baseline = SyntheticLatencies.logNormalMicros(200_000, 1, 2_000, 0.5);
        Histogram slower = SyntheticLatencies.logNormalMicros(200_000, 2, 2_400, 0.5);
        Histogram same = SyntheticLatencies.logNormalMicros(200_000, 3, 2_000, 0.5);
        Comparison comparison = RegressionAnalysis.compare("main", "pr-42", List.of(
                new ComparisonInput.SingleRunHistograms("GET /users", 99.0, baseline, slower),
                new ComparisonInput.SingleRunHistograms("GET /orders", 99.0, baseline, same)), SETTINGS);
        MetricComparison regressed = comparison.rows().get(0);
        assertThat(regressed.metric()).isEqualTo("P99");
        assertThat(regressed.pValue()).isNull();
        assertThat(regressed.verdict()).isEqualTo(Verdict.REGRESSED);
        assertThat(regressed.reason()).contains("95 % bootstrap CI of the difference").contains("excludes 0");
        assertThat(regressed.deltaPercent()).isBetween(15.0, 25.0);
        MetricComparison unchanged = comparison.rows().get(1);
        assertThat(unchanged.verdict()).isEqualTo(Verdict.NO_SIGNIFICANT_CHANGE);
        assertThat(Math.abs(unchanged.deltaPercent())).isLessThan(5.0);
    }
}
