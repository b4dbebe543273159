package dev.benchboard.stats.gc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchboard.evidence.GcCycle;
import dev.benchboard.evidence.GcTraceData;
import dev.benchboard.format.Sentence;
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
        assertThat(p.percentileDefinition().english()).contains("type 7");
    }

    @Test
    void ratesSharesAndHeapFigures() {
        GcReport r = GcAnalyzer.analyse(trace("leak", 0.02, Map.of()), GcSettings.defaults());
        // span = 295 s; 59 intervals → 0.2 cycles/s, mean interval 5 s
        Close.exact(r.spanSeconds(), 295);
        Close.exact(r.cyclesPerSecond(), 0.2);
        Close.exact(r.pausesPerSecond(), 0.2);
        Close.exact(r.meanIntervalSeconds(), 5);
        // evenly spaced cycles, no start-up: the window is the whole trace, detected
        assertThat(r.window().how()).isEqualTo(SteadyWindow.DETECTED);
        assertThat(r.window().cycles()).isEqualTo(60);
        // Σ pause of the 59 cycles after the first / span = (13.68 − 0.05) ms / 295 s
        Close.exact(r.stwShareOfWall(), (13.68 - 0.05) / 1000 / 295);
        // GC CPU share = Σ cpu ms of 59 cycles / (295 s × 8 P): python: 59*1.0/(295*1000*8)*100 = 0.0025
        Close.exact(r.gcCpuSharePercent(), 0.0025);
        Close.exact(r.reportedCumulativeGcPercent(), 4);   // as printed on the last cycle: 2 + (59 mod 3)
        Close.exact(r.peakHeapMb(), 318);            // heap start of the last cycle, 200 + 2·59
        assertThat(r.forcedCycles()).isEqualTo(1);
        // allocation: Σ (heapEnd[k] − heapStart[k]) + (heapStart[k+1] − live[k]) over 295 s, numpy (live as in
        // leakFlagged…): sum(h1[i]-h0[i]+h0[i+1]-live[i] for i in range(59))/295 = 27.43186440677966,
        // after-cycle term alone 31.43186440677966
        assertThat(r.allocation().intervals()).isEqualTo(59);
        Close.exact(r.allocation().mbPerSecond(), 27.43186440677966);
        Close.exact(r.allocation().afterCycleMbPerSecond(), 31.43186440677966);
        assertThat(r.allocation().negativeIntervals()).isZero();
    }

    @Test
    void leakFlaggedWhenGrowthIsSignificantAndAboveThreshold() {
        HeapTrend h = GcAnalyzer.analyse(trace("leak", 0.02, Map.of()), GcSettings.defaults()).heapTrend();
        // /usr/bin/python3 -c "import numpy as np, statsmodels.api as sm; k=np.arange(60); t=5.0*k;
        //   live=100+0.02*t+(((k*37)%11)-5)*0.5; L=int(np.floor(4*(60/100)**(2/9)));
        //   f=sm.OLS(live,sm.add_constant(t)).fit(cov_type='HAC',cov_kwds={'maxlags':L});
        //   print(L, repr(f.params[1]), repr(f.bse[1]), repr(f.params[1]-1.959963984540054*f.bse[1]),
        //   repr(f.params[1]+1.959963984540054*f.bse[1]), repr(f.rsquared))"
        //   → 3 0.02019171992220046 0.0016592048175632281 0.016939738236801182 0.023443701607599735 0.5500639609430515
        // (the plain OLS interval, R confint: 0.015391834242240878 … 0.024991605602160440)
        assertThat(h.lags()).isEqualTo(3);
        Close.exact(h.slopeMbPerSecond(), 0.02019171992220046);
        Close.exact(h.hacStdErrorMbPerSecond(), 0.0016592048175632281);
        Close.exact(h.slopeCiMbPerSecond().lower(), 0.016939738236801182);
        Close.exact(h.slopeCiMbPerSecond().upper(), 0.023443701607599735);
        Close.exact(h.rSquared(), 0.5500639609430515);
        Close.exact(h.slopeMbPerMinute(), 0.02019171992220046 * 60);
        Close.exact(h.slopeCiMbPerMinute().lower(), 0.016939738236801182 * 60);
        // threshold = 0.1 · mean live / 10 min; mean live (numpy) = 102.89166666666667 → 1.0289166666666667 MB/min
        Close.exact(h.meanLiveHeapMb(), 102.89166666666667);
        Close.exact(h.thresholdMbPerMinute(), 1.0289166666666667);
        assertThat(h.leakSuspected()).isTrue();     // 1.2115 MB/min > 1.0289 and CI > 0
    }

    @Test
    void significantButSlowGrowthIsNotALeak() {
        HeapTrend h = GcAnalyzer.analyse(trace("slow", 0.01, Map.of()), GcSettings.defaults()).heapTrend();
        // statsmodels HAC (same command with slope 0.01): CI 0.006939738236801241 … 0.013443701607599784;
        // 0.6115 MB/min < max(1.0142, 1 MB / 4.917 min = 0.2034)
        Close.exact(h.slopeCiMbPerSecond().lower(), 0.006939738236801241);
        assertThat(h.slopeCiMbPerSecond().excludes(0)).isTrue();
        assertThat(h.leakSuspected()).isFalse();
        assertThat(h.verdict().english()).contains("slower than the leak threshold");
    }

    @Test
    void flatHeapHasNoTrend() {
        HeapTrend h = GcAnalyzer.analyse(trace("flat", 0.0, Map.of()), GcSettings.defaults()).heapTrend();
        // statsmodels HAC (slope 0): −0.0030602617631987285 … 0.0034437016075998185
        assertThat(h.slopeCiMbPerSecond().lower()).isNegative();
        assertThat(h.slopeCiMbPerSecond().upper()).isPositive();
        assertThat(h.leakSuspected()).isFalse();
        assertThat(h.verdict().english()).isEqualTo("no significant live heap trend");
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
        assertThat(r.warnings()).extracting(Sentence::english).contains("cycles not in time order; sorted by time");
        Close.exact(r.heapTrend().slopeMbPerSecond(), 0.02019171992220046);
        Close.exact(r.allocation().mbPerSecond(), 27.43186440677966);
    }

    @Test
    void emptyAndSingleCycleTracesSayWhatIsMissing() {
        GcReport empty = GcAnalyzer.analyse(new GcTraceData("empty", List.of(), Map.of()), GcSettings.defaults());
        assertThat(empty.pauses()).isNull();
        assertThat(empty.warnings()).extracting(Sentence::english).contains("no GC cycles");
        GcTraceData one = new GcTraceData("one", List.of(trace("x", 0, Map.of()).cycles().getFirst()), Map.of());
        GcReport single = GcAnalyzer.analyse(one, GcSettings.defaults());
        assertThat(single.cyclesPerSecond()).isNull();
        assertThat(single.heapTrend()).isNull();
        assertThat(single.pauses().maxMs()).isEqualTo(0.05);
    }
}
