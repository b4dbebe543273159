package dev.benchboard.ui.share;

import dev.benchboard.export.RegressionLine;
import dev.benchboard.format.Figures;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/** The regression verdicts with their evidence; the verdict is coloured, the test named under it (tap or hover). */
final class RegressionsTable {

    private RegressionsTable() {
    }

    /** The columns' header keys ({@code share.regressions.column.*}), in order. */
    private static final List<String> COLUMNS = List.of("benchmark", "metric", "baseline", "candidate", "baseline-value",
            "candidate-value", "change", "p", "verdict", "n", "why", "from");

    static void appendTo(Element parent, List<RegressionLine> regressions, PageText text) {
        HtmlTable table = new HtmlTable(parent, "share-regressions",
                COLUMNS.stream().map(c -> text.get("share.regressions.column." + c)).toList());
        for (RegressionLine r : regressions) {
            Element tr = table.row();
            // The benchmark and metric in the snapshot's language where it has them (links made before read the codes).
            HtmlTable.cell(tr, r.benchmarkWords() == null ? r.benchmark() : r.benchmarkWords());
            HtmlTable.cell(tr, r.metricWords() == null ? r.metric() : r.metricWords());
            HtmlTable.cell(tr, r.baseline());
            HtmlTable.cell(tr, r.candidate());
            HtmlTable.numeric(tr, r.baselineValue() == null ? Figures.NONE : Figures.withUnit(r.baselineValue(), r.unit()));
            HtmlTable.numeric(tr, r.candidateValue() == null ? Figures.NONE : Figures.withUnit(r.candidateValue(), r.unit()));
            HtmlTable.numeric(tr, delta(r.deltaPercent()));
            HtmlTable.numeric(tr, r.p() == null ? Figures.NONE : Figures.precise(r.p())
                    + (r.pAdjusted() == null ? "" : " (" + Figures.precise(r.pAdjusted()) + ")"));
            Element verdict = tr.appendElement("td");
            // The verdict is the report's code ("not comparable"): its words in the reader's language, its class by the code.
            Markup.text(verdict, "span", r.verdict() == null ? "–" : text.get("compare.verdict." + r.verdict().replace(' ', '-')), "bb-share-verdict",
                    "bb-share-verdict-" + (r.verdict() == null ? "none" : r.verdict().toLowerCase(Locale.ROOT).replace(' ', '-')));
            if (r.method() != null) FiguresTable.method(verdict, r.method(), text);
            HtmlTable.numeric(tr, r.n());
            HtmlTable.cell(tr, r.reason()).addClass("bb-share-why");
            // File names only: a shared page reaches nothing else of the workspace, not even the uploads.
            HtmlTable.cell(tr, r.baselineFiles() == null && r.candidateFiles() == null ? "–"
                    : "A: " + orNone(r.baselineFiles(), text) + " · B: " + orNone(r.candidateFiles(), text));
        }
    }

    /** "+29.4 %", "−3.5 %" (a real minus sign), "0 %". */
    static String delta(Double percent) {
        if (percent == null) return "–";
        String magnitude = Figures.precise(Math.abs(percent)) + " %";
        if (percent > 0) return "+" + magnitude;
        return percent < 0 ? "−" + magnitude : magnitude;
    }

    private static String orNone(String files, PageText text) {
        return files == null ? text.get("share.regressions.no-upload") : files;
    }
}
