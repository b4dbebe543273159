package dev.benchboard.stats.latency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

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
        assertThat(estimate.method()).contains("Wilson");
    }

    @Test
    void rejectsImpossibleCounts() {
        assertThatThrownBy(() -> ErrorRates.wilson(0, 0, 0.95)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ErrorRates.wilson(5, 4, 0.95)).isInstanceOf(IllegalArgumentException.class);
    }
}
