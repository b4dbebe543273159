package dev.benchboard.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchboard.evidence.GcCycle;
import dev.benchboard.stats.gc.SteadyWindow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The steady window's detail in words with counts in the right number, read from the sentences SteadyWindow itself
 * writes (so a change of its wording fails here rather than showing "period(s)" again): "1 period", "3 periods",
 * "1 start-up cycle", in English and Chinese.
 */
class SteadyWindowWordsTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    /** A cycle at {@code at} seconds with a 0.1 ms pause and the given live heap. */
    private static GcCycle cycle(double at, double liveMb) {
        return new GcCycle(null, at, 0.1, 1.0, null, null, liveMb, liveMb + 1, liveMb, liveMb * 2, 2, false);
    }

    private static void run(List<GcCycle> cycles, double start, int count, double liveFirst) {
        for (int k = 0; k < count; k++) cycles.add(cycle(start + k * 0.1, k == 0 ? liveFirst : 10));
    }

    @Test
    void threePeriodsAStartUpCycleAndCyclesOutside() {
        // 5 idle cycles, a gap, 30 loaded ones (the first with a low live heap: start-up), a gap, 3 tail cycles.
        List<GcCycle> cycles = new ArrayList<>();
        run(cycles, 0, 5, 10);
        run(cycles, 100, 30, 1);
        run(cycles, 200, 3, 10);
        SteadyWindow w = SteadyWindow.detect(cycles);
        assertThat(w.detail()).as("the report's own sentence")
                .isEqualTo("29 of 38 cycles; 3 period(s) apart by gaps > 1 s; 1 start-up cycle(s) with a low live heap left out;"
                        + " outside: 6 cycle(s) before, 3 after");

        assertThat(SteadyWindowWords.detail(w, Locale.ENGLISH)).isEqualTo("3 periods apart by gaps > 1 s; 1 start-up cycle with a"
                + " low live heap left out; outside: 6 cycles before, 3 after");
        assertThat(SteadyWindowWords.detail(w, ZH)).isEqualTo("按大于 1 s 的间隔分为 3 个时段；排除了 1 个启动阶段周期（存活堆较低）；"
                + "窗口外：之前 6 个周期，之后 3 个");
        assertThat(SteadyWindowWords.how(w, Locale.ENGLISH)).isEqualTo("detected");
        assertThat(SteadyWindowWords.how(w, ZH)).isEqualTo("自动检测");
    }

    @Test
    void onePeriodIsSingular() {
        List<GcCycle> cycles = new ArrayList<>();
        run(cycles, 0, 20, 10);
        SteadyWindow w = SteadyWindow.detect(cycles);
        assertThat(w.detail()).isEqualTo("20 of 20 cycles; 1 period(s) apart by gaps > 1 s");
        assertThat(SteadyWindowWords.detail(w, Locale.ENGLISH)).isEqualTo("1 period apart by gaps > 1 s");
        assertThat(SteadyWindowWords.detail(w, ZH)).isEqualTo("按大于 1 s 的间隔分为 1 个时段");
    }

    @Test
    void aWindowSetByTheUserAndTooFewCycles() {
        List<GcCycle> cycles = new ArrayList<>();
        run(cycles, 0, 20, 10);
        SteadyWindow set = SteadyWindow.override(cycles, 0.5, 1.0);
        assertThat(set.detail()).isEqualTo("set by the user: 0.5–1 s; 6 of 20 cycles");
        assertThat(SteadyWindowWords.detail(set, Locale.ENGLISH)).isEqualTo("set by the user: 0.5–1 s");
        assertThat(SteadyWindowWords.detail(set, ZH)).isEqualTo("由用户设定：0.5–1 s");
        assertThat(SteadyWindowWords.how(set, Locale.ENGLISH)).isEqualTo("set by hand");

        SteadyWindow few = SteadyWindow.detect(cycles.subList(0, 5));
        assertThat(few.detail()).isEqualTo("fewer than 10 cycles: the whole trace is used");
        assertThat(SteadyWindowWords.detail(few, Locale.ENGLISH)).isEqualTo("fewer than 10 cycles: the whole trace is used");
        assertThat(SteadyWindowWords.detail(few, ZH)).isEqualTo("少于 10 个周期：使用整个跟踪");
        assertThat(SteadyWindowWords.how(few, ZH)).isEqualTo("整个跟踪");

        // Three bursts of four cycles: twelve in all, none of the periods with ten.
        List<GcCycle> bursts = new ArrayList<>();
        for (int b = 0; b < 3; b++) run(bursts, b * 50, 4, 10);
        SteadyWindow sparse = SteadyWindow.detect(bursts);
        assertThat(sparse.detail()).isEqualTo("the loaded period has fewer than 10 cycles: the whole trace is used");
        assertThat(SteadyWindowWords.detail(sparse, ZH)).isEqualTo("负载时段少于 10 个周期：使用整个跟踪");
    }

    @Test
    void aSentenceOfAnotherShapeIsShownAsItIs() {
        SteadyWindow other = new SteadyWindow(0, 1, 2, 0, 2, "detected", "something else entirely");
        assertThat(SteadyWindowWords.detail(other, ZH)).isEqualTo("something else entirely");
    }
}
