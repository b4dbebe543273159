package dev.benchboard.stats.regression;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetricDirectionTest {

    @Test
    void directionOfUnits() {
        assertThat(MetricDirection.forUnit("ms")).isEqualTo(MetricDirection.LOWER_IS_BETTER);
        assertThat(MetricDirection.forUnit("ns/op")).isEqualTo(MetricDirection.LOWER_IS_BETTER);
        assertThat(MetricDirection.forUnit("B/op")).isEqualTo(MetricDirection.LOWER_IS_BETTER);
        assertThat(MetricDirection.forUnit("allocs/op")).isEqualTo(MetricDirection.LOWER_IS_BETTER);
        assertThat(MetricDirection.forUnit("req/s")).isEqualTo(MetricDirection.HIGHER_IS_BETTER);
        assertThat(MetricDirection.forUnit("MB/s")).isEqualTo(MetricDirection.HIGHER_IS_BETTER);
        assertThat(MetricDirection.LOWER_IS_BETTER.worse(3.0)).isTrue();
        assertThat(MetricDirection.HIGHER_IS_BETTER.worse(3.0)).isFalse();
    }
}
