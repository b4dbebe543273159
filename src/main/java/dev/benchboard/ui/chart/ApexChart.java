package dev.benchboard.ui.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A chart in the page: {@code <bb-apex-chart>} fed with options built by {@link ChartOptions}. The
 * options reach the browser only through {@link #send}, which escapes every string in them
 * ({@link ChartText}): names from data are shown as text wherever ApexCharts puts them.
 */
@Tag("bb-apex-chart")
@NpmPackage(value = "apexcharts", version = "4.6.0")
@JsModule("./bb-apex-chart.ts")
public class ApexChart extends Component implements HasSize {

    private ChartOptions options;

    public ApexChart(ChartOptions options) {
        setOptions(options);
    }

    /** Replaces all options (axes, annotations, series). */
    public void setOptions(ChartOptions options) {
        this.options = options.locale(getLocale());
        send(options.toJson(), options.seriesJson());
    }

    /**
     * Replaces all options with ones the typed builder cannot express (e.g. per-point markers): the
     * builder's JSON, adjusted, and the series to draw. Escaped like all others.
     */
    public void setOptions(ChartOptions options, ObjectNode adjustedJson, ArrayNode series) {
        this.options = options;
        send(adjustedJson, series);
    }

    public ChartOptions getOptions() {
        return options;
    }

    /** Replaces the data only; the browser animates the existing chart instead of rebuilding it. */
    public void updateSeries(List<Series> series) {
        options.series(series);
        getElement().setProperty("series", ChartText.forBrowser(options.seriesJson()).toString());
    }

    private void send(ObjectNode config, ArrayNode series) {
        // ApexCharts' own texts (months, the toolbar's menu) in the reader's language, also for options built elsewhere.
        config.withObjectProperty("chart").put("defaultLocale", ChartOptions.apexLocale(getLocale()));
        getElement().setProperty("config", ChartText.forBrowser(config).toString());
        getElement().setProperty("series", ChartText.forBrowser(series).toString());
    }
}
