package dev.benchboard.api;

import dev.benchboard.report.UploadFigures;
import dev.benchboard.tracking.History;
import dev.benchboard.tracking.MetricHistory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A candidate's metrics over its uploads, with change points. */
@RestController
@Tag(name = "Tracking")
class HistoryApi {

    private final History history;

    HistoryApi(History history) {
        this.history = history;
    }

    @GetMapping("/api/evaluations/{id}/history")
    @Operation(summary = "History of one metric of a candidate: {candidate, benchmark, metric, unit, points: [{uploadId, "
            + "label, uploadedAt, value, ciLow, ciHigh, fileName, baseline}], changePoints: [{index, uploadId, pValue, shiftPercent}]}",
            description = "One point per upload (its runs alone, computed as the report computes them). Metrics: P50, P99, "
                    + "throughput, error rate per load condition; ns/op, B/op, allocs/op … per Go benchmark; pause P99 and "
                    + "heap slope (benchmark GC); MTTR and availability (benchmark reliability). Change points: E-divisive "
                    + "with a permutation test (p = 0.05, 199 permutations) within the one series, from 6 uploads on.")
    MetricHistory history(@PathVariable long id, @RequestParam String candidate, @RequestParam String metric,
                          @Parameter(description = "the load condition or benchmark; needed only when several have the metric")
                          @RequestParam(required = false) String benchmark,
                          @Parameter(description = "upload (default: upload time) or label (numbers inside labels compare as numbers: run 9 before run 10)")
                          @RequestParam(required = false) String order) {
        return history.history(id, candidate, metric, benchmark, order);
    }

    @GetMapping("/api/evaluations/{id}/history/series")
    @Operation(summary = "The series a candidate has a history of: [{benchmark, metric, unit}]")
    List<UploadFigures.SeriesKey> series(@PathVariable long id, @RequestParam String candidate) {
        return history.series(id, candidate);
    }
}
