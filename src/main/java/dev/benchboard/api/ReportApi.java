package dev.benchboard.api;

import dev.benchboard.report.ChartData;
import dev.benchboard.report.EvaluationReport;
import dev.benchboard.report.ReportService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The computed report and pairwise comparisons (JSON, or benchstat-style text for CI logs). */
@RestController
@Tag(name = "Reports")
class ReportApi {

    private final ReportService reports;

    ReportApi(ReportService reports) {
        this.reports = reports;
    }

    @GetMapping("/api/evaluations/{id}/report")
    @Operation(summary = "The full report: per candidate throughput, latency (value, ciLow, ciHigh, unit, origin), "
            + "error rate, GC, reliability and capacity; regressions of each candidate's baseline uploads; the settings used")
    EvaluationReport report(@PathVariable long id,
                            @Parameter(description = "only these upload ids (comma-separated); default: every upload")
                            @RequestParam(required = false) Set<Long> uploads) {
        return reports.report(id, uploads);
    }

    @GetMapping("/api/evaluations/{id}/report/charts")
    @Operation(summary = "The series behind the report's charts, apart from the report because they grow with the uploads: "
            + "GC cycles per trace (time, pause, live heap), per-second series of load-test runs, outages with their times")
    ChartData charts(@PathVariable long id) {
        return reports.charts(id);
    }

    @GetMapping("/api/evaluations/{id}/compare")
    @Operation(summary = "Compare two candidates (or one candidate's baseline uploads with its others when both names are equal)",
            description = "format=text gives a benchstat-style table for CI logs")
    ResponseEntity<?> compare(@PathVariable long id, @RequestParam String baseline, @RequestParam String candidate,
                              @RequestParam(defaultValue = "json") String format,
                              @Parameter(description = "only these upload ids (comma-separated); default: every upload")
                              @RequestParam(required = false) Set<Long> uploads) {
        ReportService.PairComparison comparison = reports.compare(id, baseline, candidate, uploads);
        if ("text".equalsIgnoreCase(format)) {
            return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body(comparison.text());
        }
        return ResponseEntity.ok(comparison);
    }
}
