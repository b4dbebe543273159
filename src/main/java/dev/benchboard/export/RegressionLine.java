package dev.benchboard.export;

import dev.benchboard.report.EvaluationReport;
import dev.benchboard.report.RegressionRow;
import dev.benchboard.evidence.SourceRef;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** One regression verdict as export writes it, from the report's {@link RegressionRow}. */
public record RegressionLine(String benchmark, String metric, String unit, String baseline, String candidate,
                             Double baselineValue, Double candidateValue, Double deltaPercent, Double p,
                             Double pAdjusted, String verdict, String method, String n, String reason,
                             String baselineFiles, String candidateFiles, String benchmarkWords, String metricWords) {

    public static List<RegressionLine> all(EvaluationReport report) {
        List<RegressionLine> all = new ArrayList<>();
        if (report == null) return all;
        for (RegressionRow r : report.regressions()) {
            all.add(new RegressionLine(r.benchmark(), r.metric(), r.unit(), ReportRecords.english(r.baseline()), r.candidate(),
                    ReportRecords.finite(r.baselineValue()), ReportRecords.finite(r.candidateValue()),
                    ReportRecords.finite(r.deltaPercent()), ReportRecords.finite(r.p()), ReportRecords.finite(r.pAdjusted()),
                    r.verdict(), ReportRecords.english(r.method()), r.n(), ReportRecords.english(r.reason()), files(r.baselineSources()), files(r.candidateSources()),
                    r.words() == null ? null : ReportRecords.english(r.words().benchmark()),
                    r.words() == null ? null : ReportRecords.english(r.words().metric())));
        }
        return all;
    }

    /** From report JSON (a share link's snapshot), read into the records first. */
    public static List<RegressionLine> all(JsonNode report) {
        return all(ReportRecords.read(report));
    }

    /** The file names of a row's uploads, "a.txt; b.txt"; null when the row names none (older snapshots). */
    private static String files(List<SourceRef> sources) {
        if (sources == null || sources.isEmpty()) return null;
        List<String> names = new ArrayList<>();
        for (SourceRef s : sources) names.add(s.fileName());
        return String.join("; ", names);
    }
}
