package dev.benchboard.export;

import dev.benchboard.evaluation.EvaluationService;
import dev.benchboard.evaluation.NotFoundException;
import dev.benchboard.ingest.UploadService;
import dev.benchboard.report.ReportService;
import dev.benchboard.share.ShareService;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Exports of a report: the live report of an evaluation (owner) and the frozen snapshot behind a
 * share link (anyone with the link). Tables come from the report's records (a snapshot's JSON read back into
 * them), so both export alike.
 */
@Service
public class ReportExports {

    private final EvaluationService evaluations;
    private final ReportService reports;
    private final UploadService uploads;
    private final ShareService shares;

    ReportExports(EvaluationService evaluations, ReportService reports, UploadService uploads, ShareService shares) {
        this.evaluations = evaluations;
        this.reports = reports;
        this.uploads = uploads;
        this.shares = shares;
    }

    /** One table of the current report, from its records (no JSON in between). */
    public CsvTable table(long evaluationId, ExportTable table) {
        return switch (table) {
            case CANDIDATES -> ReportTables.candidates(reports.report(evaluationId));
            case REGRESSIONS -> ReportTables.regressions(reports.report(evaluationId));
            case RELIABILITY -> ReportTables.reliability(reports.report(evaluationId));
            case UPLOADS -> {
                if (!evaluations.exists(evaluationId)) throw new NotFoundException("evaluation", evaluationId);
                yield ReportTables.uploads(uploads.list(evaluationId));
            }
        };
    }

    /** The snapshot behind a token, in English; empty for unknown, revoked and expired links alike. */
    public Optional<SharedReport> shared(String token) {
        return shared(token, Locale.ENGLISH);
    }

    /** The snapshot behind a token as it was written in {@code language} (English for a snapshot older than that). */
    public Optional<SharedReport> shared(String token, Locale language) {
        return shares.open(token).map(snapshot -> SharedReport.of(snapshot, language));
    }
}
