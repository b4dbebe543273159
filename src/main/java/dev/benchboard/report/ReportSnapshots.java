package dev.benchboard.report;

import dev.benchboard.common.Json;
import dev.benchboard.evidence.Evidence;
import dev.benchboard.evidence.EvidenceStore;
import dev.benchboard.share.SharedSnapshot;
import dev.benchboard.share.SnapshotSource;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Freezes the current report (and decision) of an evaluation for a share link. */
@Component
class ReportSnapshots implements SnapshotSource {

    private final ReportService reports;
    private final EvidenceStore evidence;
    private final DecisionSnapshot decisions;

    ReportSnapshots(ReportService reports, EvidenceStore evidence, DecisionSnapshot decisions) {
        this.reports = reports;
        this.evidence = evidence;
        this.decisions = decisions;
    }

    @Override
    public SharedSnapshot snapshot(long evaluationId) {
        EvaluationReport report = reports.report(evaluationId);
        List<SharedSnapshot.SourceUpload> sources = new ArrayList<>();
        for (Evidence.CandidateEvidence c : evidence.load(evaluationId).candidates()) {
            List<Evidence.Source> all = new ArrayList<>();
            c.runs().forEach(r -> all.add(r.source()));
            c.gc().forEach(g -> all.add(g.source()));
            c.chaos().forEach(x -> all.add(x.source()));
            all.stream().distinct().forEach(s -> sources.add(
                    new SharedSnapshot.SourceUpload(s.uploadId(), s.fileName(), s.sha256(), c.name())));
        }
        return new SharedSnapshot(report.evaluation(), report.generatedAt(), null, sources, Json.write(report),
                decisions.json(evaluationId));
    }
}
