package dev.benchboard.stats.gc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.benchboard.evidence.GcCycle;
import dev.benchboard.stats.common.Quantiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * How the steady window was found, in the reader's language: the English the report has always written (the API's
 * text, "1 period", "3 periods"), Chinese with measure words (no plural to get wrong), and {@link SteadyWindow#finding()} — the
 * same without the count of cycles, which the GC view shows beside it. Replaces the view's parsing of the English
 * sentence (SteadyWindowWords).
 */
class SteadyWindowSentencesTest {

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
        assertThat(w.detail().english())
                .isEqualTo("29 of 38 cycles; 3 periods apart by gaps > 1 s; 1 start-up cycle with a low live heap left out;"
                        + " outside: 6 cycles before, 3 cycles after");
        assertThat(w.detail().in(ZH)).isEqualTo("38 个周期中的 29 个；按大于 1 s 的间隔分为 3 个时段；排除了 1 个启动阶段周期"
                + "（存活堆较低）；窗口外：之前 6 个周期，之后 3 个周期");
        assertThat(w.finding().english()).isEqualTo("3 periods apart by gaps > 1 s; 1 start-up cycle with a low live heap"
                + " left out; outside: 6 cycles before, 3 cycles after");
        assertThat(w.finding().in(ZH)).isEqualTo("按大于 1 s 的间隔分为 3 个时段；排除了 1 个启动阶段周期（存活堆较低）；"
                + "窗口外：之前 6 个周期，之后 3 个周期");
    }

    @Test
    void onePeriod() {
        List<GcCycle> cycles = new ArrayList<>();
        run(cycles, 0, 20, 10);
        SteadyWindow w = SteadyWindow.detect(cycles);
        assertThat(w.detail().english()).isEqualTo("20 of 20 cycles; 1 period apart by gaps > 1 s");
        assertThat(w.finding().in(ZH)).isEqualTo("按大于 1 s 的间隔分为 1 个时段");
    }

    @Test
    void aWindowSetByTheUserTooFewCyclesAndOneThatCannotBeUsed() {
        List<GcCycle> cycles = new ArrayList<>();
        run(cycles, 0, 20, 10);
        SteadyWindow set = SteadyWindow.override(cycles, 0.5, 1.0);
        assertThat(set.detail().english()).isEqualTo("set by the user: 0.5–1 s; 6 of 20 cycles");
        assertThat(set.detail().in(ZH)).isEqualTo("由用户设定：0.5–1 s；20 个周期中的 6 个");
        assertThat(set.finding().english()).isEqualTo("set by the user: 0.5–1 s");
        assertThat(set.finding().in(ZH)).isEqualTo("由用户设定：0.5–1 s");

        SteadyWindow few = SteadyWindow.detect(cycles.subList(0, 5));
        assertThat(few.detail().english()).isEqualTo("fewer than 10 cycles: the whole trace is used");
        assertThat(few.finding()).isEqualTo(few.detail());
        assertThat(few.detail().in(ZH)).isEqualTo("少于 10 个周期：使用整个跟踪");

        // Three bursts of four cycles: twelve in all, none of the periods with ten.
        List<GcCycle> bursts = new ArrayList<>();
        for (int b = 0; b < 3; b++) run(bursts, b * 50, 4, 10);
        SteadyWindow sparse = SteadyWindow.detect(bursts);
        assertThat(sparse.detail().english()).isEqualTo("the loaded period has fewer than 10 cycles: the whole trace is used");
        assertThat(sparse.detail().in(ZH)).isEqualTo("负载时段少于 10 个周期：使用整个跟踪");

        assertThatThrownBy(() -> SteadyWindow.override(cycles, 100, 200)).isInstanceOf(SteadyWindow.Unusable.class)
                .hasMessage("no GC cycle between 100 and 200 s")
                .satisfies(e -> assertThat(((SteadyWindow.Unusable) e).reason().in(ZH)).isEqualTo("100 s 与 200 s 之间没有 GC 周期"));
        assertThatThrownBy(() -> SteadyWindow.override(cycles, "8", "twelve")).isInstanceOf(SteadyWindow.Unusable.class)
                .hasMessage("not a number: twelve");
    }

    @Test
    void thePausePercentilesSayTheSameAsTheSharedDefinition() {
        assertThat(PauseStats.PERCENTILE_DEFINITION.english()).isEqualTo(Quantiles.PERCENTILE_DEFINITION);
        assertThat(PauseStats.PERCENTILE_DEFINITION.in(ZH))
                .isEqualTo("顺序统计量之间线性插值（Hyndman-Fan 第 7 类 = R quantile(type=7) = numpy 'linear'）");
    }
}
