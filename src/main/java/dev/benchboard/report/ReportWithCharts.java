package dev.benchboard.report;

/** A report and the chart series computed from the same evidence, for the same data version (see {@link ChartData}). */
public record ReportWithCharts(EvaluationReport report, ChartData charts) {
}
