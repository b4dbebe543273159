package dev.benchboard.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DrawnPointsTest {

    @Test
    void aShortSeriesIsDrawnWhole() {
        List<Series.XY> points = List.of(new Series.XY(0, 1), new Series.XY(1, 5), new Series.XY(2, 3));
        DrawnPoints drawn = DrawnPoints.of(points, 300);
        assertThat(drawn.points()).isEqualTo(points);
        assertThat(drawn.thinned()).isFalse();
        assertThat(drawn.note(java.util.Locale.ENGLISH)).isNull();
    }

    @Test
    void aLongSeriesKeepsEachSlicesLowestAndHighestInOrderAndSaysSo() {
        // 1,000 cycles one second apart, pauses 1 ms except a 50 ms spike at 777 s and a 0.1 ms dip at 123 s.
        List<Series.XY> points = new ArrayList<>();
        for (int t = 0; t < 1000; t++) points.add(new Series.XY(t, t == 777 ? 50 : t == 123 ? 0.1 : 1 + (t % 7) / 10.0));
        DrawnPoints drawn = DrawnPoints.of(points, 300);
        assertThat(drawn.points()).hasSizeLessThanOrEqualTo(300).hasSizeGreaterThan(250);
        assertThat(drawn.of()).isEqualTo(1000);
        assertThat(drawn.points()).contains(new Series.XY(777, 50), new Series.XY(123, 0.1));
        assertThat(drawn.points()).isSortedAccordingTo(java.util.Comparator.comparingDouble(Series.XY::x));
        assertThat(drawn.points().stream().mapToDouble(Series.XY::y).max().orElseThrow()).isEqualTo(50);
        // Slices of 999 / 150 = 6.66 s: the first (0 to 6 s) holds 1.0 to 1.6 and keeps both ends.
        assertThat(drawn.points().stream().filter(p -> p.x() < 7).map(Series.XY::y).toList()).containsExactly(1.0, 1.6);
        assertThat(drawn.note(java.util.Locale.ENGLISH)).isEqualTo("drawn: " + drawn.points().size()
                + " of 1,000 cycles (each time slice’s lowest and highest); every figure uses all");
        assertThat(drawn.note(java.util.Locale.SIMPLIFIED_CHINESE)).isEqualTo("图中绘制 1,000 个周期中的 "
                + drawn.points().size() + " 个（每个时间片取最低与最高点）；所有数值均基于全部周期计算");
    }

    @Test
    void equalTimesAreOneSlice() {
        List<Series.XY> points = new ArrayList<>();
        for (int i = 0; i < 10; i++) points.add(new Series.XY(5, i));
        assertThat(DrawnPoints.of(points, 4).points()).containsExactly(new Series.XY(5, 0), new Series.XY(5, 9));
    }
}
