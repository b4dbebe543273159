package dev.benchboard.stats.gc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchboard.ingest.model.GcCycle;
import dev.benchboard.ingest.model.GcTraceData;
import dev.benchboard.stats.common.Close;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Synthetic trace, 60 cycles every 5 s (k = 0..59, t = 5k):
 * pause = 0.05 + ((13k) mod 17)·0.01 + (2.0 when k mod 20 = 7), live = 100 + slope·t + (((37k) mod 11) − 5)·0.5,
 * heap start = 200 + 2k, heap end = 180 + 2k, cumulative GC % = 2 + (k mod 3).
 * The same formulas in numpy/R produce the reference values (commands beside each).
 */
class GcAnalyzerTest {

    static GcTraceData trace(String label, double slopeMbPerSecond, Map<String, String> settings) {
        List<GcCycle> cycles = new ArrayList<>();
        for (int k = 0; k < 60; k++) {
            double t = 5.0 * k;
            double pause = 0.05 + ((k * 13) % 17) * 0.01 + (k % 20 == 7 ? 2.0 : 0.0);
            double live = 100 + slopeMbPerSecond * t + (((k * 37) % 11) - 5) * 0.5;
            cycles.add(new GcCycle(k + 1, t, pause, 3.0, 2.0 + (k % 3), 1.0, 200.0 + 2 * k, 180.0 + 2 * k, live,
                    220.0, 8, k == 30));
        }
        return new GcTraceData(label, cycles, settings);
    }

    @Test
    void pausePercentilesMatchNumpyLinear() {
        PauseStats p = GcAnalyzer.analyse(trace("leak", 0.02, Map.of()), GcSettings.defaults()).pauses();
        // /usr/bin/python3 -c "import numpy as np; k=np.arange(60);
        //   p=0.05+((k*13)%17)*0.01+np.where(k%20==7,2.0,0.0); print(repr(np.percentile(p,50)),
        //   repr(np.percentile(p,99)), repr(p.max()), repr(p.sum()))" → 0.13 2.1805 2.21 13.68
        // (Rscript quantile(p, c(.5,.99), type=7) → 0.13, 2.1804999999999999)
        Close.exact(p.p50Ms(), 0.13);
        Close.exact(p.p99Ms(), 2.1805);
        Close.exact(p.maxMs(), 2.21);
        Close.exact(p.totalMs(), 13.68);
        assertThat(p.n()).isEqualTo(60);
        assertThat(p.percentileDefinition()).contains("type 7");
    }

    @Test
    void ratesSharesAndHeapFigures() {
        GcReport r = GcAnalyzer.analyse(trace("leak", 0.02, Map.of()), GcSettings.defaults());
        // span = 295 s; 59 intervals → 0.2 cycles/s, mean interval 5 s
        Close.exact(r.spanSeconds(), 295);
        Close.exact(r.cyclesPerSecond(), 0.2);
        Close.exact(r.pausesPerSecond(), 0.2);
        Close.exact(r.meanIntervalSeconds(), 5);
        // Σ pause / span = 13.68 ms / 295 s → python: 13.68/1000/295 = 4.63728813559322e-05
        Close.exact(r.stwShareOfWall(), 4.63728813559322e-05);
        Close.exact(r.gcCpuSharePercent(), 4);       // last cycle: 2 + (59 mod 3)
        Close.exact(r.peakHeapMb(), 318);            // heap start of the last cycle, 200 + 2·59
        assertThat(r.forcedCycles()).isEqualTo(1);
        // allocation: (200 + 2(k+1) − (180 + 2k)) / 5 = 22/5 MB/s every interval
        assertThat(r.allocation().intervals()).isEqualTo(59);
        Close.exact(r.allocation().meanMbPerSecond(), 4.4);
        assertThat(r.allocation().negativeIntervals()).isZero();
    }

    @Test
    void leakFlaggedWhenGrowthIsSignificantAndAboveThreshold() {
        HeapTrend h = GcAnalyzer.analyse(trace("leak", 0.02, Map.of()), GcSettings.defaults()).heapTrend();
        // Rscript -e 'k<-0:59; t<-5*k; live<-100+0.02*t+(((k*37)%%11)-5)*0.5; m<-lm(live~t);
        //   print(coef(m),digits=17); print(confint(m)["t",],digits=17); print(summary(m)$r.squared,digits=17)'
        //   → slope 0.02019171992220066, CI 0.015391834242240878 … 0.024991605602160440, R² 0.5500639609430511
        // (scipy.stats.linregress agrees on slope/R²; its t.ppf(0.975,58) is 5.7e-10 off, so R gives the CI.)
        Close.exact(h.slopeMbPerSecond(), 0.02019171992220066);
        Close.exact(h.slopeCiMbPerSecond().lower(), 0.015391834242240878);
        Close.exact(h.slopeCiMbPerSecond().upper(), 0.024991605602160440);
        Close.exact(h.rSquared(), 0.5500639609430511);
        Close.exact(h.slopeMbPerMinute(), 0.02019171992220066 * 60);
        Close.exact(h.slopeCiMbPerMinute().lower(), 0.015391834242240878 * 60);
        // threshold = 0.1 · mean live / 10 min; mean live (numpy) = 102.89166666666667 → 1.0289166666666667 MB/min
        Close.exact(h.meanLiveHeapMb(), 102.89166666666667);
        Close.exact(h.thresholdMbPerMinute(), 1.0289166666666667);
        assertThat(h.leakSuspected()).isTrue();     // 1.2115 MB/min > 1.0289 and CI > 0
    }

    @Test
    void significantButSlowGrowthIsNotALeak() {
        HeapTrend h = GcAnalyzer.analyse(trace("slow", 0.01, Map.of()), GcSettings.defaults()).heapTrend();
        // Rscript (same with slope 0.01): confint → 5.3918342422408626e-03 1.4991605602160415e-02; 0.6115 MB/min < 1.0142
        Close.exact(h.slopeCiMbPerSecond().lower(), 5.3918342422408626e-03);
        assertThat(h.slopeCiMbPerSecond().excludes(0)).isTrue();
        assertThat(h.leakSuspected()).isFalse();
        assertThat(h.verdict()).contains("slower than the leak threshold");
    }

    @Test
    void flatHeapHasNoTrend() {
        HeapTrend h = GcAnalyzer.analyse(trace("flat", 0.0, Map.of()), GcSettings.defaults()).heapTrend();
        // Rscript (slope 0): confint → −0.0046081657… 0.0049916056…
        assertThat(h.slopeCiMbPerSecond().lower()).isNegative();
        assertThat(h.slopeCiMbPerSecond().upper()).isPositive();
        assertThat(h.leakSuspected()).isFalse();
        assertThat(h.verdict()).isEqualTo("no significant live heap trend");
    }

    @Test
    void thresholdIsConfigurable() {
        // 1 % of mean live heap per 10 min → 0.1029 MB/min: now even the slow trace counts as a leak.
        GcSettings strict = new GcSettings(0.01, 10, 0.95);
        assertThat(GcAnalyzer.analyse(trace("slow", 0.01, Map.of()), strict).heapTrend().leakSuspected()).isTrue();
    }

    @Test
    void cyclesOutOfOrderAreSortedWithAWarning() {
        List<GcCycle> reversed = new ArrayList<>(trace("leak", 0.02, Map.of()).cycles()).reversed();
        GcReport r = GcAnalyzer.analyse(new GcTraceData("reversed", reversed, Map.of()), GcSettings.defaults());
        assertThat(r.warnings()).contains("cycles not in time order; sorted by time");
        Close.exact(r.heapTrend().slopeMbPerSecond(), 0.02019171992220066);
        Close.exact(r.allocation().meanMbPerSecond(), 4.4);
    }

    @Test
    void emptyAndSingleCycleTracesSayWhatIsMissing() {
        GcReport empty = GcAnalyzer.analyse(new GcTraceData("empty", List.of(), Map.of()), GcSettings.defaults());
        assertThat(empty.pauses()).isNull();
        assertThat(empty.warnings()).contains("no GC cycles");
        GcTraceData one = new GcTraceData("one", List.of(trace("x", 0, Map.of()).cycles().getFirst()), Map.of());
        GcReport single = GcAnalyzer.analyse(one, GcSettings.defaults());
        assertThat(single.cyclesPerSecond()).isNull();
        assertThat(single.heapTrend()).isNull();
        assertThat(single.pauses().maxMs()).isEqualTo(0.05);
    }
}
