package dev.benchboard.report;

import dev.benchboard.common.Json;
import dev.benchboard.evidence.Evidence;
import dev.benchboard.evidence.EvidenceStore;
import dev.benchboard.share.SharedSnapshot;
import dev.benchboard.share.SnapshotSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
        // Every language now: the snapshot is frozen, so its sentences are written out once, like its figures.
        Map<Locale, String> decision = decisions.json(evaluationId, SharedSnapshot.LANGUAGES);
        Map<Locale, SharedSnapshot.Written> written = new LinkedHashMap<>();
        for (Locale language : SharedSnapshot.LANGUAGES) {
            written.put(language, new SharedSnapshot.Written(Json.write(report, language), decision.get(language)));
        }
        return new SharedSnapshot(report.evaluation(), report.generatedAt(), null, sources, written);
    }
}
