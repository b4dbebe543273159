package dev.benchboard.ui.share;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchboard.export.Estimate;
import org.junit.jupiter.api.Test;

/** Expected strings worked out by hand from the rules in the javadoc. */
class ShareFormatTest {

    @Test
    void availabilityShowsItsDistanceFrom100Percent() {
        assertThat(ShareFormat.availability(0.99995)).isEqualTo("99.995 %");   // 1 − A = 0.005 %
        assertThat(ShareFormat.availability(0.999)).isEqualTo("99.9 %");
        assertThat(ShareFormat.availability(44.201 / 70)).isEqualTo("63.1 %");  // 36.856 % down -> 36.9
        assertThat(ShareFormat.availability(1.0)).isEqualTo("100 %");
        assertThat(ShareFormat.availability(null)).isEqualTo("–");
    }

    @Test
    void percentagesIntervalsAndHashes() {
        assertThat(ShareFormat.percent(3025.0 / 27801)).isEqualTo("10.9 %");
        Estimate p99 = new Estimate(5.003, 4.803, 5.303, 5000, "ms", "HDR_HISTOGRAM", "order statistics");
        assertThat(ShareFormat.value(p99)).isEqualTo("5 ms");
        assertThat(ShareFormat.interval(p99, "95 %")).isEqualTo("95 % CI 4.8 ms – 5.3 ms");
        Estimate unbounded = new Estimate(15.3, null, null, 3, "ms", "REPORTED", "median of runs");
        assertThat(ShareFormat.interval(unbounded, "95 %")).isEqualTo("no bounded 95 % interval");
        assertThat(ShareFormat.confidence(0.05)).isEqualTo("95 %");
        assertThat(ShareFormat.confidence(0.01)).isEqualTo("99 %");
        assertThat(ShareFormat.shaPrefix("a8126e19a9265bea99243d5d153bc8a0")).isEqualTo("a8126e19a926…");
    }

    @Test
    void regressionChangeUsesARealMinusSign() {
        assertThat(RegressionsTable.delta(29.40647792872204)).isEqualTo("+29.41 %");
        assertThat(RegressionsTable.delta(-3.52623936942543)).isEqualTo("−3.526 %");
        assertThat(RegressionsTable.delta(0.0)).isEqualTo("0 %");
        assertThat(RegressionsTable.delta(null)).isEqualTo("–");
    }

    @Test
    void chartAxisEndsOnARoundNumberInRoundSteps() {
        // SLO 25 ms and a P99 whisker up to 27.5 ms: steps of 10 ms (27.5 / 4 = 6.9 → 10), axis 0–30 ms.
        ShareChartData.Axis axis = ShareChartData.axis("P99 latency", "ms", 27.5, PageText.ENGLISH);
        assertThat(axis.max()).isEqualTo(30.0);
        assertThat(axis.ticks()).extracting(ShareChartData.Tick::value).containsExactly(0.0, 10.0, 20.0, 30.0);
        assertThat(axis.ticks()).extracting(ShareChartData.Tick::text).containsExactly("0 ms", "10 ms", "20 ms", "30 ms");
        assertThat(axis.title()).isEqualTo("P99 latency (ms)");
        // A Chinese title takes its unit in full-width brackets, as Chinese text does.
        assertThat(ShareChartData.axis("P99 延迟", "ms", 27.5, new PageText(java.util.Locale.SIMPLIFIED_CHINESE)).title())
                .isEqualTo("P99 延迟（ms）");
        // 5.8333 / 4 = 1.46 → steps of 2, axis 0–6.
        assertThat(ShareChartData.axis("x", "ms", 5.8333, PageText.ENGLISH).ticks()).extracting(ShareChartData.Tick::value)
                .containsExactly(0.0, 2.0, 4.0, 6.0);
        // 0.0042 / 4 = 0.00105 → 0.002: 0, 0.002, 0.004, 0.006 (no binary noise such as 0.006000000000000001).
        assertThat(ShareChartData.axis("x", "ms", 0.0042, PageText.ENGLISH).ticks()).extracting(ShareChartData.Tick::value)
                .containsExactly(0.0, 0.002, 0.004, 0.006);
        // 20,000 req/s: steps of 5,000.
        assertThat(ShareChartData.axis("x", "req/s", 20_000, PageText.ENGLISH).max()).isEqualTo(20_000.0);
        assertThat(ShareChartData.niceStep(1.46)).isEqualTo(2.0);
        assertThat(ShareChartData.niceStep(2.2)).isEqualTo(2.5);
        assertThat(ShareChartData.niceStep(40)).isEqualTo(50.0);
    }
}
