package dev.benchboard.stats.latency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Wilson intervals against R 4.x (prop.test without continuity correction is the Wilson score interval):
 * <pre>
 * Rscript -e 'options(digits=17); for (xn in list(c(0,1000),c(3,1000),c(57,12345),c(500,1000),c(12,12))) {
 *   ci <- prop.test(xn[1], xn[2], correct=FALSE)$conf.int; cat(xn, format(ci, digits=17), "\n") }'
 * </pre>
 */
class ErrorRatesTest {

    @ParameterizedTest(name = "{0}/{1}")
    @CsvSource({
            "0, 1000, 0.0, 0.0038267584855551221",
            "3, 1000, 0.0010207838811386195, 0.0087830140535031728",
            "57, 12345, 0.003565768144687907, 0.0059769455757575658",
            "500, 1000, 0.46906960036810419, 0.53093039963189581",
            "12, 12, 0.75750599334475921, 1.0",
    })
    void wilsonIntervalMatchesRPropTest(long errors, long requests, double lower, double upper) {
        ErrorRateEstimate estimate = ErrorRates.wilson(errors, requests, 0.95);
        assertThat(estimate.rate()).isEqualTo((double) errors / requests);
        assertThat(estimate.interval().lower()).isCloseTo(lower, within(lower * 1e-9));
        assertThat(estimate.interval().upper()).isCloseTo(upper, within(upper * 1e-9));
        assertThat(estimate.method().english()).contains("Wilson");
    }

    @Test
    void rejectsImpossibleCounts() {
        assertThatThrownBy(() -> ErrorRates.wilson(0, 0, 0.95)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ErrorRates.wilson(5, 4, 0.95)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void runsWhoseErrorSharesDifferGetAnIntervalOverTheRuns() {
        // /usr/bin/python3: e=[30,2,41]; n=[1000,1000,1200]; chi2_contingency([e, n-e], correction=False) -> χ² = 28.688240439360815,
        // 2 df; r = 73/3200; se = sqrt(sum((e-r*n)**2)/(k*(k-1)))/(sum(n)/k); r ± t.ppf(0.975, 2)*se
        //   -> [-0.019827646338226576, 0.06545264633822657], clamped below at 0
        ErrorRateEstimate estimate = ErrorRates.of(73, 3200, List.of(new ErrorCount(1000, 30), new ErrorCount(1000, 2),
                new ErrorCount(1200, 41)), ErrorRateEstimate.RUNS, null, 0.95);
        assertThat(estimate.basis()).isEqualTo("runs");
        assertThat(estimate.dispersionChiSquare()).isCloseTo(28.688240439360815, within(28.688240439360815 * 1e-9));
        assertThat(estimate.interval().lower()).isEqualTo(0.0);
        assertThat(estimate.interval().upper()).isCloseTo(0.06545264633822657, within(0.06545264633822657 * 1e-9));
        assertThat(estimate.method().english()).contains("Student-t interval over 3 runs");
    }

    @Test
    void withoutUnitsToCheckOrWithoutErrorsItIsWilsonAndSaysWhy() {
        ErrorRateEstimate single = ErrorRates.of(3, 1000, List.of(), ErrorRateEstimate.TIME_BLOCKS, 1.0, 0.95);
        assertThat(single.interval()).isEqualTo(ErrorRates.wilson(3, 1000, 0.95).interval());
        assertThat(single.method().english()).contains("no per-second series or repeated runs to check");
        ErrorRateEstimate none = ErrorRates.of(0, 2000, List.of(new ErrorCount(1000, 0), new ErrorCount(1000, 0)),
                ErrorRateEstimate.RUNS, null, 0.95);
        assertThat(none.basis()).isEqualTo("requests");
        assertThat(none.interval().upper()).isCloseTo(ErrorRates.wilson(0, 2000, 0.95).interval().upper(), within(1e-15));
    }
}
