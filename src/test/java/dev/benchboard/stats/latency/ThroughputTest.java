package dev.benchboard.stats.latency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Student-t intervals against scipy 1.10.1:
 * <pre>
 * /usr/bin/python3 -c "
 * from scipy import stats; import numpy as np
 * for v in [[10234.5,10512.0,9987.25,10333.0,10401.75],[812.0,790.5],[5000.0,5100.0,4950.0,5075.0,5020.0,4990.0,5060.0,5010.0,4980.0,5040.0]]:
 *     a=np.array(v); lo,hi=stats.t.interval(0.95,len(a)-1,loc=a.mean(),scale=stats.sem(a))
 *     print(len(a),repr(a.mean()),repr(float(a.std(ddof=1))),repr(float(np.median(a))),repr(float(lo)),repr(float(hi)))"
 * </pre>
 */
class ThroughputTest {

    record Case(double[] rps, double mean, double sd, double median, double lower, double upper) {
    }

    static List<Case> scipyCases() {
        return List.of(
                new Case(new double[] {10234.5, 10512.0, 9987.25, 10333.0, 10401.75},
                        10293.7, 198.92864612719808, 10333.0, 10046.697461892441, 10540.70253810756),
                new Case(new double[] {812.0, 790.5}, 801.25, 15.202795795510772, 801.25, 664.6582990833549, 937.8417009166451),
                new Case(new double[] {5000.0, 5100.0, 4950.0, 5075.0, 5020.0, 4990.0, 5060.0, 5010.0, 4980.0, 5040.0},
                        5022.5, 46.2631362726067, 5015.0, 4989.405345976365, 5055.594654023635));
    }

    @ParameterizedTest
    @MethodSource("scipyCases")
    void meanMedianAndTIntervalMatchScipy(Case c) {
        // Each run lasted 30 s; requests chosen so that requests / 30 is the per-run rate.
        List<RunThroughput> runs = Arrays.stream(c.rps()).mapToObj(r -> new RunThroughput(0, 30.0, r, r, RunThroughput.RECOMPUTED)).toList();
        ThroughputSummary summary = Throughput.acrossRuns(runs, 0.95);
        assertThat(summary.unit()).isEqualTo("req/s");
        assertThat(summary.n()).isEqualTo(c.rps().length);
        assertThat(summary.mean()).isCloseTo(c.mean(), within(c.mean() * 1e-12));
        assertThat(summary.standardDeviation()).isCloseTo(c.sd(), within(c.sd() * 1e-9));
        assertThat(summary.median()).isEqualTo(c.median());
        assertThat(summary.meanInterval().lower()).isCloseTo(c.lower(), within(Math.abs(c.lower()) * 1e-9));
        assertThat(summary.meanInterval().upper()).isCloseTo(c.upper(), within(Math.abs(c.upper()) * 1e-9));
        assertThat(summary.meanInterval().confidenceLevel()).isEqualTo(0.95);
    }

    @Test
    void perRunThroughputIsRequestsOverDuration() {
        RunThroughput run = Throughput.perRun(1_234_567, 60.0);
        assertThat(run.requestsPerSecond()).isEqualTo(1_234_567 / 60.0);
        assertThatThrownBy(() -> Throughput.perRun(10, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void oneRunHasNoInterval() {
        ThroughputSummary summary = Throughput.acrossRuns(List.of(Throughput.perRun(3000, 10)), 0.95);
        assertThat(summary.mean()).isEqualTo(300.0);
        assertThat(summary.meanInterval()).isNull();
        assertThat(summary.standardDeviation()).isNaN();
    }
}
