package dev.benchboard.export;

import dev.benchboard.report.Figure;
import dev.benchboard.stats.common.Interval;

/**
 * A figure of a report as export writes it: value with its 95 % interval (null ends when the report has none),
 * sample size, unit, origin and method, exactly as the report states them.
 */
public record Estimate(Double value, Double ciLow, Double ciHigh, Integer n, String unit, String origin, String method) {

    /** From a report {@link Figure}; null when absent. */
    static Estimate of(Figure figure) {
        if (figure == null) return null;
        return new Estimate(ReportRecords.finite(figure.value()), ReportRecords.finite(figure.ciLow()),
                ReportRecords.finite(figure.ciHigh()), figure.n(), figure.unit(), figure.origin(),
                ReportRecords.english(figure.method()));
    }

    /** From a measured value and its interval (may be null); null when the value is absent or not finite. */
    static Estimate of(Double value, Interval interval, Integer n, String unit) {
        Double v = ReportRecords.finite(value);
        if (v == null) return null;
        return new Estimate(v, interval == null ? null : ReportRecords.finite(interval.lower()),
                interval == null ? null : ReportRecords.finite(interval.upper()), n, unit, "measured",
                interval == null ? null : interval.method().english());
    }

    public boolean bounded() {
        return ciLow != null && ciHigh != null;
    }
}
