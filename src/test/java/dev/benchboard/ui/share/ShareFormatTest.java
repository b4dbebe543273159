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
    void chartAxisEndsOnARoundNumber() {
        assertThat(ShareCharts.niceCeiling(27.5)).isEqualTo(30.0);          // SLO 25 ms + 10 %
        assertThat(ShareCharts.niceCeiling(5.8333)).isEqualTo(6.0);
        assertThat(ShareCharts.niceCeiling(101)).isCloseTo(120.0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(ShareCharts.niceCeiling(0.0042)).isCloseTo(0.005, org.assertj.core.api.Assertions.within(1e-15));
        assertThat(ShareCharts.niceCeiling(40)).isEqualTo(40.0);
    }
}
