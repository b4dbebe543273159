package dev.benchboard.ui.chart;

/** The ApexCharts chart types Benchboard uses, with their ApexCharts names. */
public enum ChartType {
    LINE("line"), AREA("area"), BAR("bar"), SCATTER("scatter"), BOX_PLOT("boxPlot"), RANGE_BAR("rangeBar");

    private final String apexName;

    ChartType(String apexName) {
        this.apexName = apexName;
    }

    public String apexName() {
        return apexName;
    }
}
