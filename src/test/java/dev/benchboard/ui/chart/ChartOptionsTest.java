package dev.benchboard.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ChartOptionsTest {

    private static JsonNode json(ChartOptions options) {
        // Round-trip through text: what the browser receives.
        return JsonMapper.shared().readTree(options.toJson().toString());
    }

    @Test
    void barChartWithCategoriesUnitsAndAnSloLine() {
        JsonNode json = json(ChartOptions.of(ChartType.BAR)
                .title("P99 by candidate")
                .categories(List.of("Gin", "Echo"))
                .yAxis("P99 latency", "ms")
                .horizontalLine(15, "SLO 15 ms", "#d33")
                .series(List.of(Series.values("P99", Arrays.asList(12.3, null)))));

        assertThat(json.at("/chart/type").asString()).isEqualTo("bar");
        assertThat(json.at("/title/text").asString()).isEqualTo("P99 by candidate");
        assertThat(json.at("/xaxis/categories/1").asString()).isEqualTo("Echo");
        assertThat(json.at("/yaxis/title/text").asString()).isEqualTo("P99 latency (ms)");
        // In Chinese the unit takes full-width brackets, as Chinese text writes them.
        assertThat(json(ChartOptions.of(ChartType.BAR).locale(java.util.Locale.SIMPLIFIED_CHINESE).yAxis("P99 延迟", "ms"))
                .at("/yaxis/title/text").asString()).isEqualTo("P99 延迟（ms）");
        assertThat(json.at("/yaxis/bbUnit").asString()).isEqualTo("ms");
        assertThat(json.at("/tooltip/bbUnit").asString()).isEqualTo("ms");
        assertThat(json.at("/annotations/yaxis/0/y").asDouble()).isEqualTo(15.0);
        assertThat(json.at("/annotations/yaxis/0/label/text").asString()).isEqualTo("SLO 15 ms");
        assertThat(json.at("/series/0/name").asString()).isEqualTo("P99");
        assertThat(json.at("/series/0/data/0").asDouble()).isEqualTo(12.3);
        assertThat(json.at("/series/0/data/1").isNull()).isTrue();
        assertThat(json.at("/plotOptions/bar/horizontal").asBoolean()).isFalse();
    }

    @Test
    void logarithmicAxisTurnsOffNiceScale() {
        JsonNode json = json(ChartOptions.of(ChartType.LINE).logarithmicY().yAxis("Latency", "ms"));
        assertThat(json.at("/yaxis/bbLog").asBoolean()).isTrue();
        assertThat(json.at("/yaxis/forceNiceScale").asBoolean()).isFalse();
    }

    /**
     * The demo's percentile chart: a candidate with P50 0 ms (rounded by its tool) made ApexCharts' log
     * axis draw "M 0 -Infinity" paths. The value of 0 is left out and said so, the axis spans whole
     * decades (0.1 … 100 ms, a tick each), the SLO line sits at log10(25).
     */
    @Test
    void logAxisLeavesOutZeroSpansDecadesAndPlacesTheSloLine() {
        ChartOptions options = ChartOptions.of(ChartType.LINE).logarithmicY().yAxis("Latency", "ms")
                .categories(List.of("P50", "P99", "max"))
                .series(List.of(Series.values("Gin", java.util.Arrays.asList(0.0, 4.54, 51.0)),
                        Series.values("Chi", java.util.Arrays.asList(0.3, null, 12.0))))
                .horizontalLine(25, "SLO", "#d33");
        JsonNode json = json(options);
        assertThat(json.at("/series/0/data/0").isNull()).isTrue();
        assertThat(json.at("/series/0/data/1").asDouble()).isCloseTo(Math.log10(4.54), org.assertj.core.api.Assertions.within(1e-12));
        assertThat(json.at("/series/1/data/1").isNull()).isTrue();
        assertThat(json.at("/yaxis/min").asInt()).isEqualTo(-1);
        assertThat(json.at("/yaxis/max").asInt()).isEqualTo(2);
        assertThat(json.at("/yaxis/tickAmount").asInt()).isEqualTo(3);
        assertThat(json.at("/annotations/yaxis/0/y").asDouble()).isCloseTo(Math.log10(25), org.assertj.core.api.Assertions.within(1e-12));
        assertThat(json.at("/subtitle/text").asString()).isEqualTo("1 value of 0 not drawn (a log axis has no 0)");
        assertThat(options.seriesJson().toString()).doesNotContain("Infinity").doesNotContain("NaN");
    }

    /** Concurrency 1 … 256 read "1, 78, 154 …": whole numbers at a 1-2-5 step from 0. */
    @Test
    void integerAxisTicksAtRoundSteps() {
        JsonNode json = json(ChartOptions.of(ChartType.LINE).numericX("Concurrency", null).integerX()
                .series(List.of(Series.xy("measured", List.of(new Series.XY(256, 9), new Series.XY(1, 2), new Series.XY(16, 5))))));
        assertThat(json.at("/xaxis/min").asInt()).isZero();
        assertThat(json.at("/xaxis/max").asInt()).isEqualTo(300);
        assertThat(json.at("/xaxis/tickAmount").asInt()).isEqualTo(6);
        assertThat(json.at("/xaxis/bbDecimals").asInt()).isZero();
        assertThat(json.at("/series/0/data/0/x").asDouble()).as("points in x order").isEqualTo(1);
        assertThat(json.at("/series/0/data/2/x").asDouble()).isEqualTo(256);
    }

    @Test
    void pointLabelsTravelWithTheirPoints() {
        JsonNode json = json(ChartOptions.of(ChartType.LINE).numericX("Throughput", "req/s").series(List.of(
                Series.xy("fit", List.of(new Series.XY(1, 2))),
                Series.xy("runs", List.of(new Series.XY(5000, 1.2, "c16"))).as(ChartType.SCATTER))));
        assertThat(json.at("/dataLabels/enabled").asBoolean()).isTrue();
        assertThat(json.at("/dataLabels/bbPointLabels").asBoolean()).isTrue();
        assertThat(json.at("/dataLabels/enabledOnSeries/0").asInt()).isEqualTo(1);
        assertThat(json.at("/series/1/data/0/label").asString()).isEqualTo("c16");
    }

    /** A P99-vs-load point says its load beside it and, in its tooltip, the run it comes from (issue 14). */
    @Test
    void pointNotesTravelWithTheirPointsForTheTooltip() {
        JsonNode json = json(ChartOptions.of(ChartType.LINE).numericX("Throughput", "req/s").series(List.of(
                Series.xy("Gin", List.of(new Series.XY(5000, 1.2, "c16", "c16.txt #4 · c16"), new Series.XY(9000, 3.1))))));
        assertThat(json.at("/tooltip/bbPointNotes").asBoolean()).isTrue();
        assertThat(json.at("/series/0/data/0/note").asString()).isEqualTo("c16.txt #4 · c16");
        assertThat(json.at("/series/0/data/1/note").isMissingNode()).isTrue();
        assertThat(json(ChartOptions.of(ChartType.LINE).series(List.of(Series.xy("Gin", List.of(new Series.XY(1, 2))))))
                .at("/tooltip/bbPointNotes").isMissingNode()).isTrue();
    }

    /**
     * ApexCharts' own texts (months, the toolbar's "Download SVG/PNG/CSV", zoom, reset) follow the reader's language
     * through chart.defaultLocale (bb-apex-chart.ts registers the package's en and zh-cn locales); the note this class
     * writes is in that language too.
     */
    @Test
    void theReadersLanguagePicksApexChartsLocaleAndTheNotesWords() {
        ChartOptions options = ChartOptions.of(ChartType.LINE).logarithmicY().categories(List.of("P50", "P99"))
                .series(List.of(Series.values("Gin", java.util.Arrays.asList(0.0, 0.0))));
        assertThat(json(options).at("/chart/defaultLocale").asString()).isEqualTo("en");
        assertThat(json(options).at("/subtitle/text").asString()).isEqualTo("2 values of 0 not drawn (a log axis has no 0)");
        JsonNode chinese = json(options.locale(java.util.Locale.SIMPLIFIED_CHINESE));
        assertThat(chinese.at("/chart/defaultLocale").asString()).isEqualTo("zh-cn");
        assertThat(chinese.at("/subtitle/text").asString()).isEqualTo("2 个为 0 的值未绘制（对数轴上没有 0）");
        assertThat(json(options.locale(java.util.Locale.forLanguageTag("zh-TW"))).at("/chart/defaultLocale").asString())
                .isEqualTo("zh-cn");
        assertThat(json(options.locale(java.util.Locale.GERMAN)).at("/chart/defaultLocale").asString()).isEqualTo("en");
    }

    @Test
    void numericScatterPointsAndMixedSeriesTypes() {
        JsonNode json = json(ChartOptions.of(ChartType.LINE)
                .numericX("Concurrency", null)
                .series(List.of(
                        Series.xy("measured", List.of(new Series.XY(1, 950), new Series.XY(8, 6100))).as(ChartType.SCATTER),
                        Series.xy("USL fit", List.of(new Series.XY(1, 1000))))));
        assertThat(json.at("/xaxis/type").asString()).isEqualTo("numeric");
        assertThat(json.at("/xaxis/title/text").asString()).isEqualTo("Concurrency");
        assertThat(json.at("/chart/zoom/enabled").asBoolean()).isTrue();
        assertThat(json.at("/series/0/type").asString()).isEqualTo("scatter");
        // Markers only for the scatter series: the points are drawn, the fitted line stays a line.
        assertThat(json.at("/markers/size/0").asInt()).isEqualTo(5);
        assertThat(json.at("/markers/size/1").asInt()).isZero();
        assertThat(json.at("/series/0/data/1/x").asDouble()).isEqualTo(8.0);
        assertThat(json.at("/series/0/data/1/y").asDouble()).isEqualTo(6100.0);
        assertThat(json.at("/series/1/type").isMissingNode()).isTrue();
    }

    @Test
    void rangeAndBoxPointsUseApexChartsArrays() {
        JsonNode range = json(ChartOptions.of(ChartType.RANGE_BAR).horizontal()
                .series(List.of(Series.ranges("outage", List.of(new Series.Range("api-1", 1000, 4000))))));
        assertThat(range.at("/chart/type").asString()).isEqualTo("rangeBar");
        assertThat(range.at("/plotOptions/bar/horizontal").asBoolean()).isTrue();
        assertThat(range.at("/series/0/data/0/x").asString()).isEqualTo("api-1");
        assertThat(range.at("/series/0/data/0/y/0").asDouble()).isEqualTo(1000.0);
        assertThat(range.at("/series/0/data/0/y/1").asDouble()).isEqualTo(4000.0);

        JsonNode box = json(ChartOptions.of(ChartType.BOX_PLOT)
                .series(List.of(Series.boxes("pauses", List.of(new Series.Box("GOGC=50", 0.1, 0.2, 0.3, 0.5, 0.9))))));
        assertThat(box.at("/chart/type").asString()).isEqualTo("boxPlot");
        assertThat(box.at("/series/0/data/0/y").size()).isEqualTo(5);
        assertThat(box.at("/series/0/data/0/y/2").asDouble()).isEqualTo(0.3);
    }

    @Test
    void verticalLinesGoToTheXAxisAnnotations() {
        JsonNode json = json(ChartOptions.of(ChartType.LINE).numericX("Throughput", "req/s")
                .verticalLine(16241.75, "SLO-bound capacity", "#2a7"));
        assertThat(json.at("/annotations/xaxis/0/x").asDouble()).isEqualTo(16241.75);
        assertThat(json.at("/annotations/xaxis/0/label/text").asString()).isEqualTo("SLO-bound capacity");
        assertThat(json.at("/annotations/yaxis").isMissingNode()).isTrue();
    }

    @Test
    void dateTimeAxisAndStacking() {
        JsonNode json = json(ChartOptions.of(ChartType.AREA).dateTimeX("Time").stacked().height(200));
        assertThat(json.at("/xaxis/type").asString()).isEqualTo("datetime");
        assertThat(json.at("/chart/stacked").asBoolean()).isTrue();
        assertThat(json.at("/chart/height").asInt()).isEqualTo(200);
    }

    @Test
    void seriesUpdateKeepsTheOptionsInStep() {
        ChartOptions options = ChartOptions.of(ChartType.LINE).series(List.of(Series.values("a", List.of(1.0))));
        options.series(List.of(Series.values("b", List.of(2.0, 3.0))));
        JsonNode json = json(options);
        assertThat(json.at("/series").size()).isEqualTo(1);
        assertThat(json.at("/series/0/name").asString()).isEqualTo("b");
        assertThat(options.seriesJson().toString())
                .isEqualTo("[{\"name\":\"b\",\"data\":[2.0,3.0]}]");
    }
}
