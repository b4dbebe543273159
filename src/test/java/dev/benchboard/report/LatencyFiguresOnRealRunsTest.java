package dev.benchboard.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.benchboard.evaluation.StatisticsSettings;
import dev.benchboard.evidence.Evidence;
import dev.benchboard.stats.changepoint.ChangePointSettings;
import dev.benchboard.stats.changepoint.EDivisive;
import dev.benchboard.stats.latency.AcrossRunsSummary;
import dev.benchboard.stats.latency.ErrorRateEstimate;
import dev.benchboard.stats.latency.ErrorRates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A candidate's latency figures on real runs (fixtures/regression, fixtures/sweep, fixtures/hey-csv,
 * fixtures/wrk2): interval levels that are their real coverage, coordinated-omission wording per tool,
 * error-rate intervals that respect errors clustered in outages, and change points only within one load
 * condition.
 */
class LatencyFiguresOnRealRunsTest {

    private static final Map<String, String> SIXTEEN = Map.of("concurrency", "16");

    @Test
    void fiveRunsHaveNoNinetyFivePercentIntervalOfTheMedian() {
        LatencySection five = LatencySection.of("A", RegressionFixtures.items(RegressionFixtures.repeated("hey", "baseline"),
                SIXTEEN, 1), StatisticsSettings.defaults());
        Figure p99 = five.latency().get("p99");
        assertThat(p99.value()).isEqualTo(30.0);
        // [min, max] of 5 runs covers the median with 1 − 2·0.5⁵: /usr/bin/python3 -c "from scipy.stats import binom;
        // print(1 - 2*binom.cdf(0, 5, 0.5))" -> 0.9375. It is not offered as a 95 % interval.
        assertThat(p99.ciLow()).isNull();
        assertThat(p99.ciHigh()).isNull();
        assertThat(p99.method().english()).startsWith("no 95 % interval with n = 5: [min, max] covers the median with 93.75 %");
        // The bootstrap of the median of 5 runs is [min, max] = [17.3, 130.3]: labelled with its real coverage.
        AcrossRunsSummary summary = five.detail().acrossRuns().stream().filter(s -> s.metric().equals("P99")).findFirst().orElseThrow();
        assertThat(summary.bootstrapInterval().lower()).isEqualTo(17.3);
        assertThat(summary.bootstrapInterval().upper()).isEqualTo(130.3);
        assertThat(summary.bootstrapInterval().confidenceLevel()).isEqualTo(0.9375);
        assertThat(summary.bootstrapInterval().method().english()).contains("stated level 93.75 %").contains("not the nominal 95 %");
    }

    @Test
    void tenRunsGiveAnIntervalLabelledWithItsExactCoverage() {
        List<String> paths = Stream.concat(RegressionFixtures.repeated("hey", "baseline").stream(),
                RegressionFixtures.repeated("hey", "slowed").stream()).toList();
        LatencySection ten = LatencySection.of("A", RegressionFixtures.items(paths, SIXTEEN, 1), StatisticsSettings.defaults());
        Figure p99 = ten.latency().get("p99");
        // Sorted P99s 16.1 17.3 18.3 18.7 30.0 32.9 36.9 41.7 42.0 130.3; ranks 2 and 9 (binom.ppf(0.025, 10, .5) = 2,
        // binom.ppf(0.975, 10, .5) + 1 = 9); coverage binom.cdf(8, 10, .5) − binom.cdf(1, 10, .5) = 0.978515625 (scipy).
        assertThat(p99.ciLow()).isEqualTo(17.3);
        assertThat(p99.ciHigh()).isEqualTo(42.0);
        assertThat(p99.ciLevel()).isCloseTo(0.978515625, within(1e-12));
    }

    @Test
    void coordinatedOmissionIsDescribedPerTool() {
        LatencySection wrk = LatencySection.of("A", RegressionFixtures.items(RegressionFixtures.repeated("wrk", "baseline"),
                Map.of(), 1), StatisticsSettings.defaults());
        assertThat(english(wrk.warnings())).contains("wrk 4.x is closed-loop but corrects coordinated omission itself (stats_correct"
                + " adds synthetic samples at the expected interval): tails are corrected, if crudely, and may be overstated");
        assertThat(wrk.warnings()).noneMatch(w -> w.english().contains("understated"));

        LatencySection hey = LatencySection.of("A", RegressionFixtures.items(RegressionFixtures.repeated("hey", "baseline"),
                Map.of(), 1), StatisticsSettings.defaults());
        assertThat(english(hey.warnings())).contains("hey is closed-loop and does not correct coordinated omission: latencies exclude"
                + " the time requests waited to be sent, so tails may be understated");

        Evidence.RunItem wrk2 = new Evidence.RunItem(new Evidence.Source(1, "rate2000.txt", "wrk2", "0".repeat(64), Instant.EPOCH,
                null, false), 1, RegressionFixtures.run("wrk2/rate2000.txt", Map.of("rate", "2000")));
        LatencySection open = LatencySection.of("A", List.of(wrk2), StatisticsSettings.defaults());
        assertThat(open.warnings()).noneMatch(w -> w.english().contains("coordinated omission"));
        assertThat(open.detail().runs().getFirst().coordinatedOmission().english()).startsWith("wrk2 is open-loop");
    }

    @Test
    void errorsInsideOutagesGetAnIntervalOverTimeBlocks() {
        // hey -z 10s -c 8 -q 40 -o csv against /outage: 503 during 2.0–2.4 s and 6.5–6.8 s. 224 of 3,185 requests failed,
        // 128 in second 2 and 96 in second 6, none elsewhere.
        List<Evidence.RunItem> outage = RegressionFixtures.items(List.of("regression/outage/hey-outage.csv"), Map.of(), 1);
        LatencySection section = LatencySection.of("A", outage, StatisticsSettings.defaults());
        ErrorRateEstimate rate = section.detail().errorRate();
        assertThat(rate.errors()).isEqualTo(224);
        assertThat(rate.requests()).isEqualTo(3185);
        // Before: Wilson [0.06196, 0.07974], as if 3,185 independent requests.
        ErrorRateEstimate wilson = ErrorRates.wilson(224, 3185, 0.95);
        assertThat(wilson.interval().lower()).isCloseTo(0.06195725487265049, within(1e-12));
        // /usr/bin/python3: e=[0,0,128,0,0,0,96,0,0,0,0]; n=[297,320,320,320,320,320,320,320,320,320,8]
        // chi2_contingency(np.array([e, n-e]), correction=False) -> χ² = 982.6063829787233, 10 df
        // r = 224/3185; se = sqrt(sum((e-r*n)**2)/(k*(k-1)))/(sum(n)/k); r ± t.ppf(0.975, 10)*se
        //   -> [-0.0347551263273083, 0.17541446698664898]
        assertThat(rate.basis()).isEqualTo("time blocks");
        assertThat(rate.units()).isEqualTo(11);
        assertThat(rate.blockSeconds()).isEqualTo(1.0);
        assertThat(rate.dispersionChiSquare()).isCloseTo(982.6063829787233, within(982.6063829787233 * 1e-9));
        assertThat(rate.dispersionP()).isLessThan(1e-12);
        assertThat(rate.interval().lower()).isEqualTo(0.0);
        assertThat(rate.interval().upper()).isCloseTo(0.17541446698664898, within(0.17541446698664898 * 1e-9));
        Figure figure = section.errorRate();
        assertThat(figure.method().english()).contains("errors cluster in time").contains("Student-t interval over 11 time blocks of 1 s");

        // Errors spread out (the fixture server's /flaky fails every 10th request): the χ² test does not reject, Wilson stays.
        // chi2_contingency([[232,45,6,17],[2087,398,56,158]], correction=False) -> χ² = 0.03533180921423265, p = 0.998252291702155
        ErrorRateEstimate spread = LatencySection.of("F", RegressionFixtures.items(List.of("hey-csv/flaky.csv"), Map.of(), 1),
                StatisticsSettings.defaults()).detail().errorRate();
        assertThat(spread.basis()).isEqualTo("requests");
        assertThat(spread.dispersionP()).isCloseTo(0.998252291702155, within(1e-9));
        assertThat(spread.interval().lower()).isEqualTo(ErrorRates.wilson(spread.errors(), spread.requests(), 0.95).interval().lower());
    }

    @Test
    void aConcurrencySweepIsNotATimeSeries() {
        // Gin's sweep (fixtures/sweep/gin/runs), each level run three times in a row, uploaded level by level: P99 rises
        // with load. Before, E-divisive over all 27 runs in upload order drew change points across the sweep.
        List<Evidence.RunItem> sweep = new ArrayList<>();
        long id = 1;
        for (int n : SweepFixtures.LEVELS) {
            for (int round = 1; round <= 3; round++) {
                sweep.add(new Evidence.RunItem(new Evidence.Source(id, "c" + n + "-r" + round + ".txt", "wrk", "0".repeat(64),
                        Instant.EPOCH.plusSeconds(id), null, false), id, SweepFixtures.file("gin/runs/c" + n + "-r" + round + ".txt")));
                id++;
            }
        }
        double[] p99 = sweep.stream().mapToDouble(i -> i.run().percentileMs(99)).toArray();
        assertThat(EDivisive.detect(p99, ChangePointSettings.defaults()).indices()).as("the old, pooled series").isNotEmpty();

        ChangePoints points = ChangePoints.of(sweep, 42L);
        assertThat(points.series()).isEmpty();
        assertThat(points.note().english()).contains("a concurrency sweep is not a time series").contains("load test · 8 concurrent: 3 run(s)");

        // Ten runs at one stated load do form a series.
        List<String> ten = Stream.concat(RegressionFixtures.repeated("hey", "baseline").stream(),
                RegressionFixtures.repeated("hey", "slowed").stream()).toList();
        ChangePoints one = ChangePoints.of(RegressionFixtures.items(ten, SIXTEEN, 1), 42L);
        assertThat(one.series()).singleElement().satisfies(s -> {
            assertThat(s.condition()).isEqualTo("load test · 16 concurrent (stated)");
            assertThat(s.values()).hasSize(10);
        });
    }

    /** The sentences as the API writes them. */
    private static java.util.List<String> english(java.util.List<dev.benchboard.format.Sentence> sentences) {
        return sentences.stream().map(dev.benchboard.format.Sentence::english).toList();
    }
}
