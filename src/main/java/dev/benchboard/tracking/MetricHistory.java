package dev.benchboard.tracking;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.benchboard.format.Sentence;
import dev.benchboard.report.SeriesWords;
import java.time.Instant;
import java.util.List;

/**
 * One metric of one candidate over its uploads: what GET /api/evaluations/{id}/history gives.
 *
 * @param benchmark    the load condition ("load test · 8 concurrent"), Go benchmark, "GC" or "reliability"
 * @param order        "upload" (upload time) or "label" (the uploads' labels, e.g. versions, numbers inside compared as numbers)
 * @param points       one per upload, in that order
 * @param changePoints E-divisive's change points of the values (index = first point of the new regime)
 * @param note         why there are no change points, when there are none to look for
 * @param words        how the series reads to a person, in the reader's language (not in the API's JSON)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MetricHistory(String candidate, String benchmark, String metric, String unit, String order,
                            List<Point> points, List<ChangePointMark> changePoints, String changePointMethod,
                            Sentence note, @JsonIgnore SeriesWords words) {

    /** One upload's value; baseline marks the uploads the regression table takes as the baseline. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Point(long uploadId, String label, Instant uploadedAt, double value, Double ciLow, Double ciHigh,
                        String fileName, boolean baseline, String method) {}

    /** shiftPercent: mean of the new regime against the mean of the one before, in %. */
    public record ChangePointMark(int index, long uploadId, double pValue, double shiftPercent) {}
}
