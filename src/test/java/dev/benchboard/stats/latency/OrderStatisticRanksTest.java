package dev.benchboard.stats.latency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Ranks and coverage against scipy 1.10.1 (Debian python3-scipy):
 * <pre>
 * /usr/bin/python3 -c "
 * from scipy.stats import binom
 * for n in [2000, 1000000, 10, 5, 20]:
 *   for p in [0.5,0.9,0.99,0.999]:
 *     l=int(binom.ppf(0.025,n,p)); u=int(binom.ppf(0.975,n,p))+1
 *     print(n,p,l,u,repr(float(binom.cdf(u-1,n,p)-binom.cdf(l-1,n,p))))"
 * </pre>
 */
class OrderStatisticRanksTest {

    @ParameterizedTest(name = "n={0} p={1}")
    @CsvSource({
            "2000, 0.5, 956, 1045, 0.953447179508216",
            "2000, 0.9, 1773, 1827, 0.9558847994980602",
            "2000, 0.99, 1971, 1989, 0.9578313970989479",
            "2000, 0.999, 1995, 2001, 0.9834905195801381",
            "1000000, 0.5, 499020, 500981, 0.9501210313476314",
            "1000000, 0.9, 899412, 900589, 0.9501989552209152",
            "1000000, 0.99, 989805, 990196, 0.9505711243554504",
            "1000000, 0.999, 998938, 999062, 0.9502066318459009",
            "10, 0.5, 2, 9, 0.978515625",
            "10, 0.9, 7, 11, 0.9872048016",
            "10, 0.99, 9, 11, 0.9957337997571686",
            "5, 0.5, 0, 6, 1.0",
            "5, 0.9, 3, 6, 0.99144",
            "20, 0.5, 6, 15, 0.9586105346679688",
            "20, 0.99, 19, 21, 0.9831406623643482",
    })
    void ranksAndCoverageMatchScipyBinomPpf(long n, double p, long lower, long upper, double coverage) {
        OrderStatisticRanks ranks = OrderStatisticRanks.of(n, p, 0.95);
        assertThat(ranks.lowerRank()).isEqualTo(lower);
        assertThat(ranks.upperRank()).isEqualTo(upper);
        assertThat(ranks.coverage()).isCloseTo(coverage, relative(coverage));
        assertThat(ranks.coverage()).isGreaterThanOrEqualTo(0.95);
        assertThat(ranks.lowerBounded()).isEqualTo(lower >= 1);
        assertThat(ranks.upperBounded()).isEqualTo(upper <= n);
    }

    @Test
    void tenRunsGiveTheClassicSecondToNinthOrderStatisticInterval() {
        // Conover (1999), Table A3 / any textbook: for n = 10 the 95 % median interval is [X(2), X(9)], 97.85 %.
        OrderStatisticRanks ranks = OrderStatisticRanks.of(10, 0.5, 0.95);
        assertThat(ranks.lowerRank()).isEqualTo(2);
        assertThat(ranks.upperRank()).isEqualTo(9);
        assertThat(ranks.coverage()).isCloseTo(1002.0 / 1024.0, within(1e-15));
    }

    static Offset<Double> relative(double expected) {
        return within(Math.abs(expected) * 1e-9);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "n={0} [X({1}), X({2})]")
    @org.junit.jupiter.params.provider.CsvSource({
            "5, 1, 5, 0.9375",
            "6, 1, 6, 0.96875",
            "20, 6, 15, 0.9586105346679688",
            "11, 3, 9, 0.9345703125",
    })
    void coverageOfAnOrderStatisticIntervalOfTheMedian(int n, int a, int b, double expected) {
        // /usr/bin/python3 -c "from scipy.stats import binom; print([binom.cdf(b-1,n,.5)-binom.cdf(a-1,n,.5)
        //   for n,a,b in [(5,1,5),(6,1,6),(20,6,15),(11,3,9)]])" -> 0.9375 0.96875 0.9586105346679688 0.9345703125
        org.assertj.core.api.Assertions.assertThat(OrderStatisticRanks.medianCoverage(n, a, b))
                .isCloseTo(expected, org.assertj.core.api.Assertions.within(expected * 1e-12));
    }
}
