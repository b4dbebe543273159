package dev.benchboard.export;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** One regression verdict read from report JSON (see {@code dev.benchboard.report.RegressionRow}). */
public record RegressionLine(String benchmark, String metric, String unit, String baseline, String candidate,
                             Double baselineValue, Double candidateValue, Double deltaPercent, Double p,
                             Double pAdjusted, String verdict, String method, String n, String reason,
                             String baselineFiles, String candidateFiles) {

    public static List<RegressionLine> all(JsonNode report) {
        List<RegressionLine> all = new ArrayList<>();
        for (JsonNode r : report.path("regressions")) {
            all.add(new RegressionLine(JsonValues.text(r.path("benchmark")), JsonValues.text(r.path("metric")),
                    JsonValues.text(r.path("unit")), JsonValues.text(r.path("baseline")),
                    JsonValues.text(r.path("candidate")), JsonValues.number(r.path("baselineValue")),
                    JsonValues.number(r.path("candidateValue")), JsonValues.number(r.path("deltaPercent")),
                    JsonValues.number(r.path("p")), JsonValues.number(r.path("pAdjusted")),
                    JsonValues.text(r.path("verdict")), JsonValues.text(r.path("method")),
                    JsonValues.text(r.path("n")), JsonValues.text(r.path("reason")),
                    files(r.path("baselineSources")), files(r.path("candidateSources"))));
        }
        return all;
    }

    /** The file names of a row's uploads, "a.txt; b.txt"; null when the row names none (older snapshots). */
    private static String files(JsonNode sources) {
        List<String> names = new ArrayList<>();
        for (JsonNode s : sources) names.add(JsonValues.text(s.path("fileName")));
        return names.isEmpty() ? null : String.join("; ", names);
    }
}
