package dev.benchboard.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Finding 1 of issue 13 (stored XSS through chart texts): whatever a chart is given, the options and
 * series the browser receives hold no markup character in any string, on every option path ApexCharts
 * can render as HTML, and unescaping gives back exactly what was given.
 */
class ChartTextTest {

    /** Payloads from the issue and their variants: a tag with a handler, a script, breaking out of an attribute. */
    private static final String IMG = "<img src=x onerror=window.__xss=1>";
    private static final String SCRIPT = "<script>window.__xss=1</script>";
    private static final String ATTRIBUTE = "\"><svg onload=window.__xss=1>";
    private static final String QUOTE = "O'Brien & <b>Co</b>";

    @Test
    void escapesTheFiveMarkupCharactersAndNothingElse() {
        assertThat(ChartText.escape(IMG)).isEqualTo("&lt;img src=x onerror=window.__xss=1&gt;");
        assertThat(ChartText.escape(ATTRIBUTE)).isEqualTo("&quot;&gt;&lt;svg onload=window.__xss=1&gt;");
        assertThat(ChartText.escape(QUOTE)).isEqualTo("O&#39;Brien &amp; &lt;b&gt;Co&lt;/b&gt;");
        assertThat(ChartText.escape("&lt;")).as("an entity typed by a user stays text").isEqualTo("&amp;lt;");
        assertThat(ChartText.escape("Gin 1.10 · P99 (ms) ≈ 4 µs")).isEqualTo("Gin 1.10 · P99 (ms) ≈ 4 µs");
        assertThat(ChartText.escape("")).isEmpty();
    }

    /** Every option path a name can take: a payload in each, none survives unescaped. */
    @Test
    void everyOptionPathReachesTheBrowserEscaped() {
        ChartOptions options = ChartOptions.of(ChartType.BAR)
                .title("title " + IMG)
                .subtitle("subtitle " + SCRIPT)
                .categories(List.of(IMG, ATTRIBUTE, QUOTE))
                .numericX("x axis " + ATTRIBUTE, "unit " + IMG)
                .yAxis("y axis " + SCRIPT, "unit " + ATTRIBUTE)
                .horizontalLine(10, "SLO " + IMG, "#d33")
                .verticalLine(5, "limit " + ATTRIBUTE, "#2a7")
                .colors(List.of("#123456"))
                .series(List.of(
                        Series.values(IMG, List.of(1.0, 2.0, 3.0)),
                        Series.ranges(SCRIPT, List.of(new Series.Range(ATTRIBUTE, 1, 2))),
                        Series.boxes(ATTRIBUTE, List.of(new Series.Box(IMG, 1, 2, 3, 4, 5))),
                        Series.xy(QUOTE, List.of(new Series.XY(1, 2))).as(ChartType.SCATTER)));
        ApexChart chart = new ApexChart(options);
        JsonNode config = received(chart, "config");
        JsonNode series = received(chart, "series");

        assertNoMarkup(config);
        assertNoMarkup(series);
        assertThat(unescaped(config.at("/title/text"))).isEqualTo("title " + IMG);
        assertThat(unescaped(config.at("/subtitle/text"))).isEqualTo("subtitle " + SCRIPT);
        assertThat(unescaped(config.at("/xaxis/categories/0"))).isEqualTo(IMG);
        assertThat(unescaped(config.at("/xaxis/categories/1"))).isEqualTo(ATTRIBUTE);
        assertThat(unescaped(config.at("/xaxis/categories/2"))).isEqualTo(QUOTE);
        assertThat(unescaped(config.at("/xaxis/title/text"))).isEqualTo("x axis " + ATTRIBUTE + " (unit " + IMG + ")");
        assertThat(unescaped(config.at("/xaxis/bbUnit"))).isEqualTo("unit " + IMG);
        assertThat(unescaped(config.at("/yaxis/title/text"))).isEqualTo("y axis " + SCRIPT + " (unit " + ATTRIBUTE + ")");
        assertThat(unescaped(config.at("/yaxis/bbUnit"))).isEqualTo("unit " + ATTRIBUTE);
        assertThat(unescaped(config.at("/tooltip/bbUnit"))).isEqualTo("unit " + ATTRIBUTE);
        assertThat(unescaped(config.at("/annotations/yaxis/0/label/text"))).isEqualTo("SLO " + IMG);
        assertThat(unescaped(config.at("/annotations/xaxis/0/label/text"))).isEqualTo("limit " + ATTRIBUTE);
        assertThat(config.at("/colors/0").asString()).isEqualTo("#123456");
        assertThat(config.at("/chart/type").asString()).as("constants are unchanged").isEqualTo("bar");
        // The series, in the options and in the separate series property (which wins in the browser).
        for (JsonNode s : List.of(config.get("series"), series)) {
            assertThat(unescaped(s.at("/0/name"))).isEqualTo(IMG);
            assertThat(unescaped(s.at("/1/name"))).isEqualTo(SCRIPT);
            assertThat(unescaped(s.at("/1/data/0/x"))).isEqualTo(ATTRIBUTE);
            assertThat(unescaped(s.at("/2/name"))).isEqualTo(ATTRIBUTE);
            assertThat(unescaped(s.at("/2/data/0/x"))).isEqualTo(IMG);
            assertThat(unescaped(s.at("/3/name"))).isEqualTo(QUOTE);
            assertThat(s.at("/0/data/1").asDouble()).as("numbers are unchanged").isEqualTo(2.0);
        }
    }

    @Test
    void seriesUpdatesAreEscapedToo() {
        ApexChart chart = new ApexChart(ChartOptions.of(ChartType.LINE).series(List.of(Series.values("a", List.of(1.0)))));
        chart.updateSeries(List.of(Series.values(SCRIPT, List.of(2.0))));
        JsonNode series = received(chart, "series");
        assertNoMarkup(series);
        assertThat(unescaped(series.at("/0/name"))).isEqualTo(SCRIPT);
    }

    /** Options the typed builder cannot express (the share page's CI marks, "goals") pass the same choke point. */
    @Test
    void adjustedOptionsAndTheirOwnSeriesAreEscaped() {
        ChartOptions options = ChartOptions.of(ChartType.BAR).categories(List.of(IMG));
        ObjectNode adjusted = options.toJson();
        adjusted.putObject("noData").put("text", SCRIPT);
        adjusted.putObject("tooltip").putObject("z").put("title", ATTRIBUTE);
        ArrayNode series = JsonNodeFactory.instance.arrayNode();
        ObjectNode point = series.addObject().put("name", IMG).putArray("data").addObject().put("x", ATTRIBUTE).put("y", 3);
        point.putArray("goals").addObject().put("name", SCRIPT).put("value", 2);
        ApexChart chart = new ApexChart(options);
        chart.setOptions(options, adjusted, series);

        JsonNode config = received(chart, "config");
        JsonNode sent = received(chart, "series");
        assertNoMarkup(config);
        assertNoMarkup(sent);
        assertThat(unescaped(config.at("/noData/text"))).isEqualTo(SCRIPT);
        assertThat(unescaped(config.at("/tooltip/z/title"))).isEqualTo(ATTRIBUTE);
        assertThat(unescaped(sent.at("/0/data/0/x"))).isEqualTo(ATTRIBUTE);
        assertThat(unescaped(sent.at("/0/data/0/goals/0/name"))).isEqualTo(SCRIPT);
        assertThat(adjusted.at("/noData/text").asString()).as("the caller's JSON is not changed").isEqualTo(SCRIPT);
    }

    private static JsonNode received(ApexChart chart, String property) {
        return JsonMapper.shared().readTree(chart.getElement().getProperty(property));
    }

    /** No string anywhere holds a markup character, and every ampersand starts one of the five entities. */
    private static void assertNoMarkup(JsonNode json) {
        List<String> strings = new ArrayList<>();
        collect(json, strings);
        assertThat(strings).isNotEmpty().allSatisfy(s -> {
            assertThat(s).doesNotContain("<", ">", "\"", "'");
            assertThat(s.replaceAll("&(amp|lt|gt|quot|#39);", "")).doesNotContain("&");
        });
    }

    private static void collect(JsonNode node, List<String> strings) {
        if (node.isString()) strings.add(node.asString());
        node.forEach(child -> collect(child, strings));
    }

    /** What bb-apex-chart.ts does for SVG text: the five entities back, ampersand last. */
    private static String unescaped(JsonNode text) {
        assertThat(text.isString()).as("a string at this path").isTrue();
        return text.asString().replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
    }
}
