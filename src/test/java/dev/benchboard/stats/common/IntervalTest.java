package dev.benchboard.stats.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static dev.benchboard.format.Sentence.verbatim;

import org.junit.jupiter.api.Test;

/** The one interval type: infinite ends mean "not bounded by the data", on either side. */
class IntervalTest {

    @Test
    void aLowerBoundOnlyIsUnboundedAboveAndStaysSoWhenScaled() {
        Interval mtbf = Interval.lowerBoundOnly(2.5, 0.95, verbatim("χ² lower bound, no failures"));
        assertThat(mtbf.upper()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(mtbf.upperBounded()).isFalse();
        assertThat(mtbf.lowerBounded()).isTrue();
        Interval minutes = mtbf.scaled(60);
        assertThat(minutes.lower()).isEqualTo(150.0);
        assertThat(minutes.upperBounded()).isFalse();
        assertThat(minutes.confidenceLevel()).isEqualTo(0.95);
        assertThat(minutes.method().english()).isEqualTo("χ² lower bound, no failures");
        // The reciprocal of the unbounded end is the rate's lower end: 1/∞ = 0, no special case.
        assertThat(1 / mtbf.upper()).isZero();
    }

    @Test
    void excludesIsTrueOnlyWhenTheValueLiesOutside() {
        Interval above = new Interval(0.1, 0.4, 0.95, verbatim("test"));
        assertThat(above.excludes(0)).isTrue();
        assertThat(above.contains(0.1)).isTrue();
        assertThat(new Interval(-0.4, -0.1, 0.95, verbatim("test")).excludes(0)).isTrue();
        assertThat(new Interval(-0.1, 0.4, 0.95, verbatim("test")).excludes(0)).isFalse();
        assertThat(new Interval(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 1.0, verbatim("test")).excludes(0)).isFalse();
    }

    @Test
    void rejectsWhatIsNotAnIntervalOrHasNoMethod() {
        assertThatThrownBy(() -> new Interval(2, 1, 0.95, verbatim("test"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Interval(Double.NaN, 1, 0.95, verbatim("test"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Interval(0, 1, 0.95, verbatim(" "))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Interval(0, 1, 0.95, verbatim("test")).scaled(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
