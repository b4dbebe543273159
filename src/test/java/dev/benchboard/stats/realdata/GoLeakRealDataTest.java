package dev.benchboard.stats.realdata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchboard.ingest.format.gc.GoGctraceImporter;
import dev.benchboard.evidence.GcTraceData;
import dev.benchboard.stats.common.Close;
import dev.benchboard.stats.gc.GcAnalyzer;
import dev.benchboard.stats.gc.GcSettings;
import dev.benchboard.stats.gc.HeapTrend;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The leak signal on real gctrace captures of a Go server (fixtures/gc, see its README): one that
 * retains 4,096 B per request in a global slice, one that does not.
 *
 * <p>Reference fits over the steady window (gc 2–88 and gc 2–372: gc 1 is a start-up cycle at 5 MB live),
 * Newey–West standard errors: {@code cd src/test/resources/fixtures/gc && /usr/bin/python3
 * ../../../fixtures-tools/gc_window_reference.py leak-gctrace.txt healthy-gctrace.txt} (statsmodels
 * {@code sm.OLS(live, sm.add_constant(t)).fit(cov_type='HAC', cov_kwds={'maxlags': L})}, L = 3 and 5):
 * <pre>
 * leak:    87  slope 0.7711083175257724 MB/s, 95 % (0.7568801806668686, 0.7853364543846761), mean 22.0
 * healthy: 371 slope 0.00019385536685957022, 95 % (-0.00751063760635112, 0.00789834834007026)
 * </pre>
 * The earlier method (every cycle, OLS t interval; R 4.x, the runtime prints heap sizes as whole MiB and
 * labels them "MB"):
 * <pre>
 * cd src/test/resources/fixtures/gc && Rscript -e 'for (f in c("leak-gctrace.txt", "healthy-gctrace.txt")) {
 *   l <- grep("^gc [0-9]+ @", readLines(f), value = TRUE)
 *   t <- as.numeric(sub("^gc [0-9]+ @([0-9.]+)s.*", "\\1", l))
 *   live <- as.numeric(sub(".* ([0-9]+)->([0-9]+)->([0-9]+) MB,.*", "\\3", l))
 *   print(c(length(t), coef(lm(live ~ t))[2], confint(lm(live ~ t), "t"), mean(live)), digits = 17) }'
 * leak:    88  0.77773640072103811  [0.76029749557170578, 0.79517530587037044]  mean 21.80681818181818343
 * healthy: 372 0.0022433096886889715 [-0.0046101252294586566, 0.0090967446068365987] mean 10.0752688172043018966
 * </pre>
 */
class GoLeakRealDataTest {

    private static final double MIB = 1 << 20;

    private static HeapTrend heapTrend(String fixture) {
        GcTraceData trace = RealFixtures.parse(new GoGctraceImporter(), fixture, Map.of()).gcTraces().getFirst();
        return GcAnalyzer.analyse(trace, GcSettings.defaults()).heapTrend();
    }

    @Test
    void theLeakingServerIsFlaggedAndItsSlopeIntervalHoldsTheTrueLeakRate() {
        // Ground truth from the capture itself: the program's last line counts the bytes it retained
        // ("done requests=7888 leaked_bytes=32309248"), hey's summary gives the load's duration
        // ("Total: 40.0108 secs"); every leaked byte was retained during the load.
        long leakedBytes = Long.parseLong(RealFixtures.find("gc/leak-gctrace.txt", "done requests=\\d+ leaked_bytes=(\\d+)"));
        double loadSeconds = Double.parseDouble(RealFixtures.find("gc/leak-gctrace.hey.txt", "Total:\\s+([0-9.]+) secs"));
        double truthMibPerSecond = leakedBytes / MIB / loadSeconds;
        assertThat(leakedBytes).isEqualTo(7888L * 4096);
        Close.relative(truthMibPerSecond, 0.770104, 1e-6);           // 30.8125 MiB / 40.0108 s

        HeapTrend trend = heapTrend("gc/leak-gctrace.txt");

        assertThat(trend.n()).isEqualTo(87);
        Close.relative(trend.slopeMbPerSecond(), 0.7711083175257724, 1e-12);
        Close.relative(trend.slopeCiMbPerSecond().lower(), 0.7568801806668686, 1e-9);
        Close.relative(trend.slopeCiMbPerSecond().upper(), 0.7853364543846761, 1e-9);
        Close.exact(trend.meanLiveHeapMb(), 22.0);
        // The fitted slope is 0.1 % above the truth; the truth lies inside the 95 % interval.
        assertThat(trend.slopeCiMbPerSecond().contains(truthMibPerSecond)).isTrue();
        // Threshold: max(10 % of the mean live heap per 10 minutes = 0.22 MB/min, 1 MB over the window's
        // 39.864 s = 1.505 MB/min); the slope is 46.3 MB/min.
        Close.exact(trend.thresholdMbPerMinute(), 1 / ((39.88 - 0.016) / 60));
        assertThat(trend.leakSuspected()).isTrue();
        assertThat(trend.verdict().english()).startsWith("leak suspected");
    }

    @Test
    void theHealthyServerIsNotFlagged() {
        HeapTrend trend = heapTrend("gc/healthy-gctrace.txt");

        assertThat(trend.n()).isEqualTo(371);
        Close.relative(trend.slopeMbPerSecond(), 0.00019385536685957022, 1e-9);
        Close.relative(trend.slopeCiMbPerSecond().lower(), -0.00751063760635112, 1e-9);
        Close.relative(trend.slopeCiMbPerSecond().upper(), 0.00789834834007026, 1e-9);
        assertThat(trend.slopeCiMbPerSecond().contains(0)).isTrue();
        assertThat(trend.leakSuspected()).isFalse();
        assertThat(trend.verdict().english()).isEqualTo("no significant live heap trend");
    }
}
