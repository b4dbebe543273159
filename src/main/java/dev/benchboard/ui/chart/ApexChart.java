package dev.benchboard.ui.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.List;

/** A chart in the page: {@code <bb-apex-chart>} fed with options built by {@link ChartOptions}. */
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
        this.options = options;
        getElement().setProperty("config", options.toJson().toString());
        getElement().setProperty("series", ChartOptions.seriesJson(options.series()).toString());
    }

    public ChartOptions getOptions() {
        return options;
    }

    /** Replaces the data only; the browser animates the existing chart instead of rebuilding it. */
    public void updateSeries(List<Series> series) {
        options.series(series);
        getElement().setProperty("series", ChartOptions.seriesJson(series).toString());
    }
}
