package dev.benchboard.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.benchboard.evaluation.StatisticsSettings;
import dev.benchboard.evidence.Evidence;
import dev.benchboard.stats.common.StatsSettings;
import dev.benchboard.stats.regression.Attainability;
import dev.benchboard.stats.regression.Comparison;
import dev.benchboard.stats.regression.VerdictBasis.Bootstrap;
import dev.benchboard.stats.regression.MetricComparison;
import dev.benchboard.stats.regression.RegressionAnalysis;
import dev.benchboard.stats.regression.Verdict;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Regression verdicts on the real runs of fixtures/regression (hey 0.1.4 and wrk 4.1.0 against one tiny
 * Go server, baseline and slowed builds, on a shared 2-core machine; see the README there). Five
 * identical hey runs of the baseline build have P99s of 17.3 … 130.3 ms: one run a side says nothing
 * about run-to-run variation.
 */
class RegressionVerdictsOnRealRunsTest {

    private static final Map<String, String> SIXTEEN = Map.of("concurrency", "16");

    private static Comparison compare(List<Evidence.RunItem> a, List<Evidence.RunItem> b) {
        return RegressionAnalysis.compare("A", "B", RegressionInputs.between(a, b).inputs(), StatsSettings.defaults());
    }

    private static MetricComparison row(Comparison c, String metric) {
        return c.rows().stream().filter(r -> r.metric().equals(metric)).findFirst().orElseThrow();
    }

    private static List<Evidence.RunItem> single(String name, long id) {
        return RegressionFixtures.items(List.of("regression/single/" + name + ".csv"), SIXTEEN, id);
    }

    @Test
    void oneRunASideOfTheSameBuildIsNeverAVerdict() {
        // Two hey -o csv runs of the same baseline build: the within-run bootstrap of P99(B) − P99(A) is
        // [−6.204, −1.504] ms, excluding 0, so the old rule called this Δ = −33.1 % "improved".
        Comparison c = compare(single("hey-baseline-1", 1), single("hey-baseline-3", 2));
        MetricComparison p99 = row(c, "P99");
        assertThat(p99.deltaPercent()).isCloseTo(-33.075, within(0.001));
        Bootstrap within = (Bootstrap) p99.evidence();
        assertThat(within.difference().interval().excludes(0.0)).isTrue();
        assertThat(within.difference().interval().upper()).isNegative();

        assertThat(c.rows()).extracting(MetricComparison::metric).containsExactly("P99", "P50", "throughput");
        assertThat(c.rows()).extracting(MetricComparison::verdict).containsOnly(Verdict.INSUFFICIENT_DATA);
        // 1 + 1 with 3 rows: 5 + 5 is the first balanced design where 3 × 2/C(10, 5) = 0.0238 < 0.05.
        assertThat(p99.reason().english()).isEqualTo("insufficient: one run a side — run-to-run variation unknown; within-run difference"
                + " -4.4 ms, approx. 95 % bootstrap CI [-6.204, -1.504] ms (information, not a verdict); needs 4 more runs a"
                + " side (5 + 5) with 3 rows under Holm");

        RegressionRow api = RegressionRow.of("A", "B", p99, null);
        assertThat(api.verdict()).isEqualTo("insufficient");
        assertThat(api.withinRun()).isNotNull();
        assertThat(api.withinRun().ciHigh()).isEqualTo(within.difference().interval().upper());
        assertThat(api.withinRun().note().english()).contains("not the run-to-run variation");
        assertThat(api.moreBaselineRuns()).isEqualTo(4);
        assertThat(api.moreCandidateRuns()).isEqualTo(4);
        assertThat(api.rows()).isEqualTo(3);
    }

    @Test
    void aSlowedBuildCanLookFasterInOneRunEach() {
        // The slowed build (50 % more hashing per request) against the baseline, one run each: P99 −26.3 %, within-run
        // interval [−4.800, −1.400] ms: the old rule said "improved". Now information only.
        Comparison c = compare(single("hey-baseline-1", 1), single("hey-slowed-1", 2));
        MetricComparison p99 = row(c, "P99");
        assertThat(p99.deltaPercent()).isCloseTo(-26.28, within(0.01));
        assertThat(((Bootstrap) p99.evidence()).difference().interval().excludes(0.0)).isTrue();
        assertThat(p99.verdict()).isEqualTo(Verdict.INSUFFICIENT_DATA);
    }

    @Test
    void runsOfUnknownLoadAreNotComparedUnlessTheUploadStatesIt() {
        // hey's text report does not print -c: without a stated load the runs are not like-for-like.
        Comparison unknown = compare(RegressionFixtures.items(RegressionFixtures.repeated("hey", "baseline"), Map.of(), 1),
                RegressionFixtures.items(RegressionFixtures.repeated("hey", "slowed"), Map.of(), 10));
        assertThat(unknown.rows()).extracting(MetricComparison::verdict).containsOnly(Verdict.NOT_COMPARABLE);
        assertThat(unknown.rows()).allSatisfy(r -> {
            assertThat(r.pValue()).isNull();
            assertThat(r.benchmark()).isEqualTo("load test · load not stated");
            assertThat(r.reason().english()).startsWith("not comparable: load unknown: hey did not print the concurrency");
        });

        // Stated on the upload (-c 16 for every run): 5 + 5 runs, tested.
        List<Evidence.RunItem> a = RegressionFixtures.items(RegressionFixtures.repeated("hey", "baseline"), SIXTEEN, 1);
        List<Evidence.RunItem> b = RegressionFixtures.items(RegressionFixtures.repeated("hey", "slowed"), SIXTEEN, 10);
        assertThat(a.getFirst().run().concurrency()).isEqualTo(16.0);
        assertThat(a.getFirst().run().settings()).containsEntry("concurrency_source", "stated on upload");
        Comparison stated = compare(a, b);
        MetricComparison p99 = row(stated, "P99");
        assertThat(p99.benchmark()).isEqualTo("load test · 16 concurrent (stated)");
        assertThat(p99.baselineValues()).containsExactly(130.3, 41.7, 18.3, 30.0, 17.3);
        // /usr/bin/python3 -c "from scipy.stats import mannwhitneyu as m; from statsmodels.stats.multitest import multipletests as h
        // ps=[m(a,b,alternative='two-sided',method='auto').pvalue for a,b in [([130.3,41.7,18.3,30.0,17.3],[36.9,32.9,42.0,16.1,18.7]),
        //   ([2.5,2.3,1.9,3.1,1.8],[3.8,2.1,2.9,2.4,3.1]),([2274.9854,3436.3450,5792.5281,3233.8885,5784.1978],
        //   [2413.2327,4671.8476,2828.9127,4935.0843,3706.6834])]]; print(ps, h(ps,method='holm')[1])"
        // -> [1.0, 0.24915263858192682, 0.8412698412698413] [1. 0.7474579157457805 1.]
        assertThat(p99.pValue()).isCloseTo(1.0, within(1e-12));
        MetricComparison p50 = row(stated, "P50");
        assertThat(p50.pValue()).isCloseTo(0.24915263858192682, within(0.24915263858192682 * 1e-9));
        assertThat(p50.adjustedPValue()).isCloseTo(0.7474579157457805, within(0.7474579157457805 * 1e-9));
        assertThat(row(stated, "throughput").pValue()).isCloseTo(0.8412698412698413, within(1e-12));
        // Five identical runs vary 7.5× in P99, the slowed build's runs overlap them: no significant change.
        assertThat(stated.rows()).extracting(MetricComparison::verdict).containsOnly(Verdict.NO_SIGNIFICANT_CHANGE);
        assertThat(p99.reason().english()).startsWith("~: p = 1 (Holm-adjusted 1 over 3 rows) ≥ α = 0.05");
    }

    @Test
    void fourRunsASideWithThreeRowsNeedOneMoreRunASide() {
        // wrk prints its connections (16). With Holm over P99, P50 and throughput the smallest adjusted p of 4 + 4 is
        // 3 × 2/70 = 0.0857 ≥ 0.05: the old advice said 4 + 4 suffice and gave "~"; now "insufficient".
        List<String> a = RegressionFixtures.repeated("wrk", "baseline").subList(0, 4);
        List<String> b = RegressionFixtures.repeated("wrk", "slowed").subList(0, 4);
        Comparison c = compare(RegressionFixtures.items(a, Map.of(), 1), RegressionFixtures.items(b, Map.of(), 10));
        assertThat(Attainability.of(4, 4, 0.05).attainable()).as("one row alone").isTrue();
        assertThat(c.rows()).extracting(MetricComparison::verdict).containsOnly(Verdict.INSUFFICIENT_DATA);
        assertThat(row(c, "P99").reason().english()).startsWith("insufficient: with 4 + 4 runs the smallest possible p is 0.029, × 3 rows"
                + " under Holm = 0.086 ≥ α = 0.05").endsWith("needs 1 more run a side (5 + 5) with 3 rows under Holm");
        RegressionRow api = RegressionRow.of("A", "B", row(c, "P99"), null);
        assertThat(api.moreBaselineRuns()).isEqualTo(1);
        assertThat(api.moreCandidateRuns()).isEqualTo(1);
    }

    @Test
    void throughputIsTheRequestsPerSecondWrkPrinted() {
        // wrk-baseline-3.txt: "29303 requests in 3.02s" and "Requests/sec: 9693.21". 29303 / 3.02 = 9702.98 (the run
        // time is printed to 10 ms) is kept as the cross-check; the comparison uses what wrk printed.
        List<Evidence.RunItem> a = RegressionFixtures.items(RegressionFixtures.repeated("wrk", "baseline"), Map.of(), 1);
        assertThat(a.get(2).run().throughputRps()).isEqualTo(9693.21);
        assertThat(a.get(2).run().metrics().get("throughput_recomputed_rps")).isCloseTo(29303 / 3.02, within(1e-9));
        Comparison c = compare(a, RegressionFixtures.items(RegressionFixtures.repeated("wrk", "slowed"), Map.of(), 10));
        assertThat(row(c, "throughput").baselineValues()).containsExactly(4498.44, 8776.34, 9693.21, 6676.70, 9214.47);

        LatencySection section = LatencySection.of("A", a, StatisticsSettings.defaults());
        assertThat(section.detail().runs().get(2).throughput().requestsPerSecond()).isEqualTo(9693.21);
        assertThat(section.detail().runs().get(2).throughput().recomputedRps()).isCloseTo(29303 / 3.02, within(1e-9));
        // mean of the printed figures (numpy.mean([4498.44, 8776.34, 9693.21, 6676.70, 9214.47]) = 7771.832)
        assertThat(section.throughput().value()).isCloseTo(7771.832, within(1e-9));
    }
}
