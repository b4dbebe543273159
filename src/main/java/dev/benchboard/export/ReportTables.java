package dev.benchboard.export;

import dev.benchboard.evidence.UploadView;
import dev.benchboard.report.EvaluationReport;
import dev.benchboard.evidence.SourceRef;
import dev.benchboard.evidence.UploadView;
import dev.benchboard.share.SharedSnapshot;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The CSV tables of a report, built from its records: the live report as computed, one frozen in a share link read
 * back into the same records ({@link ReportRecords}), so both export the same way. Column names carry their units;
 * intervals are 95 % unless the report's settings say otherwise (alpha is in the JSON export).
 */
public final class ReportTables {

    private ReportTables() {
    }

    public static CsvTable candidates(EvaluationReport report) {
        CsvTable.Builder t = new CsvTable.Builder(List.of("candidate", "framework",
                "throughput_rps", "throughput_ci_low", "throughput_ci_high", "throughput_runs",
                "p50_ms", "p50_ci_low", "p50_ci_high", "p90_ms", "p90_ci_low", "p90_ci_high",
                "p99_ms", "p99_ci_low", "p99_ci_high", "p999_ms", "p999_ci_low", "p999_ci_high", "latency_origin",
                "error_rate", "error_rate_ci_low", "error_rate_ci_high", "requests",
                "gc_pause_p99_ms", "gc_cpu_share_percent", "heap_verdict", "gc_trace",
                "failures", "mtbf_hours", "mtbf_ci_low", "mtbf_ci_high", "mttr_seconds", "mttr_ci_low", "mttr_ci_high",
                "availability", "availability_ci_low", "availability_ci_high",
                "slo_capacity_rps", "slo_capacity_status", "instances", "monthly_cost", "notes"));
        for (CandidateHeadline c : CandidateHeadline.all(report)) {
            t.row().text(c.candidate()).text(c.framework())
                    .estimate(c.throughput()).number(c.throughput() == null ? null : c.throughput().n())
                    .estimate(c.p50()).estimate(c.p90()).estimate(c.p99()).estimate(c.p999())
                    .text(c.p99() == null ? null : c.p99().origin())
                    .estimate(c.errorRate()).number(c.errorRate() == null ? null : c.errorRate().n())
                    .number(c.gcPauseP99Ms()).number(c.gcCpuSharePercent()).text(ReportRecords.english(c.heapVerdict())).text(c.gcTrace())
                    .number(c.failures()).estimate(c.mtbfHours()).estimate(c.mttrSeconds()).estimate(c.availability())
                    .number(c.sloCapacityQps()).text(c.sloCapacityStatus()).number(c.instances()).number(c.monthlyCost())
                    .text(String.join("; ", c.notes()));
        }
        return t.build();
    }

    public static CsvTable regressions(EvaluationReport report) {
        CsvTable.Builder t = new CsvTable.Builder(List.of("benchmark", "metric", "unit", "baseline", "candidate",
                "baseline_value", "candidate_value", "delta_percent", "p", "p_adjusted", "verdict", "n", "method",
                "reason", "baseline_files", "candidate_files"));
        for (RegressionLine r : RegressionLine.all(report)) {
            t.row().text(r.benchmark()).text(r.metric()).text(r.unit()).text(r.baseline()).text(r.candidate())
                    .number(r.baselineValue()).number(r.candidateValue()).number(r.deltaPercent()).number(r.p())
                    .number(r.pAdjusted()).text(r.verdict()).text(r.n()).text(r.method()).text(r.reason())
                    .text(r.baselineFiles()).text(r.candidateFiles());
        }
        return t.build();
    }

    public static CsvTable reliability(EvaluationReport report) {
        CsvTable.Builder t = new CsvTable.Builder(List.of("candidate", "fault_type", "experiments", "window_seconds",
                "downtime_seconds", "failures", "mttr_seconds", "mttr_ci_low", "mttr_ci_high", "mtbf_hours",
                "mtbf_ci_low", "mtbf_ci_high", "availability", "availability_ci_low", "availability_ci_high",
                "failure_rate_per_hour", "failure_rate_ci_low", "failure_rate_ci_high"));
        for (FaultTypeLine f : FaultTypeLine.all(report)) {
            t.row().text(f.candidate()).text(f.faultType()).number(f.experiments()).number(f.windowSeconds())
                    .number(f.downtimeSeconds()).number(f.failures()).estimate(f.mttrSeconds()).estimate(f.mtbfHours())
                    .estimate(f.availability()).estimate(f.failureRatePerHour());
        }
        return t.build();
    }

    /** The uploads of an evaluation as stored now, with their provenance. */
    public static CsvTable uploads(List<UploadView> uploads) {
        CsvTable.Builder t = new CsvTable.Builder(List.of("upload_id", "candidate", "file_name", "size_bytes", "sha256",
                "kind", "format", "records_accepted", "records_rejected", "baseline", "label", "uploaded_at"));
        for (UploadView u : uploads) {
            t.row().number(u.id()).text(u.candidate()).text(u.fileName()).number(u.sizeBytes()).text(u.sha256())
                    .text(u.kind() == null ? null : u.kind().name()).text(u.format()).number(u.accepted())
                    .number(u.rejected()).text(String.valueOf(u.baseline())).text(u.label())
                    .text(u.uploadedAt() == null ? null : u.uploadedAt().toString());
        }
        return t.build();
    }

    /**
     * The uploads a shared snapshot was computed from (format from the report's own source list, by
     * SHA-256: a reader's copy of the report has no upload ids, see {@link ReaderView}).
     */
    public static CsvTable uploads(List<SharedSnapshot.SourceUpload> sources, EvaluationReport report) {
        Map<String, String> formats = new HashMap<>();
        if (report != null) for (SourceRef s : report.sources()) formats.put(s.sha256(), s.format());
        CsvTable.Builder t = new CsvTable.Builder(List.of("candidate", "file_name", "sha256", "format"));
        for (SharedSnapshot.SourceUpload s : sources) {
            t.row().text(s.candidate()).text(s.fileName()).text(s.sha256()).text(formats.get(s.sha256()));
        }
        return t.build();
    }
}
