package dev.benchboard.report;

import dev.benchboard.common.Json;
import dev.benchboard.evidence.Evidence;
import dev.benchboard.evidence.EvidenceStore;
import dev.benchboard.share.SharedSnapshot;
import dev.benchboard.share.SnapshotSource;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Freezes the current report (and decision) of an evaluation for a share link, from the cached report and its
 * companion data (no evidence query: a link is made from the UI, under the session lock).
 */
@Component
class ReportSnapshots implements SnapshotSource {

    private final ReportService reports;
    private final DecisionSnapshot decisions;

    ReportSnapshots(ReportService reports, DecisionSnapshot decisions) {
        this.reports = reports;
        this.decisions = decisions;
    }

    @Override
    public SharedSnapshot snapshot(long evaluationId) {
        ReportWithCharts computed = reports.reportWithCharts(evaluationId);
        EvaluationReport report = computed.report();
        List<SharedSnapshot.SourceUpload> sources = new ArrayList<>();
        for (ChartData.CandidateCharts c : computed.charts().candidates()) {
            c.sources().forEach(s -> sources.add(new SharedSnapshot.SourceUpload(s.uploadId(), s.fileName(), s.sha256(),
                    c.candidate())));
        }
        return new SharedSnapshot(report.evaluation(), report.generatedAt(), null, sources, Json.write(report),
                decisions.json(evaluationId));
    }
}
