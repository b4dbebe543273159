package dev.benchboard.ui.share;

import dev.benchboard.export.RegressionLine;
import dev.benchboard.ui.Format;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/** The regression verdicts with their evidence; the verdict is coloured, the test named under it (tap or hover). */
final class RegressionsTable {

    private RegressionsTable() {
    }

    static void appendTo(Element parent, List<RegressionLine> regressions) {
        HtmlTable table = new HtmlTable(parent, "share-regressions", List.of("Benchmark", "Metric", "Baseline", "Candidate",
                "Baseline value", "Candidate value", "Change", "p (Holm)", "Verdict", "n", "Why", "From"));
        for (RegressionLine r : regressions) {
            Element tr = table.row();
            HtmlTable.cell(tr, r.benchmark());
            HtmlTable.cell(tr, r.metric());
            HtmlTable.cell(tr, r.baseline());
            HtmlTable.cell(tr, r.candidate());
            HtmlTable.numeric(tr, r.baselineValue() == null ? "–" : Format.number(r.baselineValue(), r.unit()));
            HtmlTable.numeric(tr, r.candidateValue() == null ? "–" : Format.number(r.candidateValue(), r.unit()));
            HtmlTable.numeric(tr, delta(r.deltaPercent()));
            HtmlTable.numeric(tr, r.p() == null ? "–" : Format.plain(r.p())
                    + (r.pAdjusted() == null ? "" : " (" + Format.plain(r.pAdjusted()) + ")"));
            Element verdict = tr.appendElement("td");
            Markup.text(verdict, "span", r.verdict() == null ? "–" : r.verdict(), "bb-share-verdict",
                    "bb-share-verdict-" + (r.verdict() == null ? "none" : r.verdict().toLowerCase(Locale.ROOT).replace(' ', '-')));
            if (r.method() != null) FiguresTable.method(verdict, r.method());
            HtmlTable.numeric(tr, r.n());
            HtmlTable.cell(tr, r.reason()).addClass("bb-share-why");
            // File names only: a shared page reaches nothing else of the workspace, not even the uploads.
            HtmlTable.cell(tr, r.baselineFiles() == null && r.candidateFiles() == null ? "–"
                    : "A: " + orNone(r.baselineFiles()) + " · B: " + orNone(r.candidateFiles()));
        }
    }

    /** "+29.4 %", "−3.5 %" (a real minus sign), "0 %". */
    static String delta(Double percent) {
        if (percent == null) return "–";
        String magnitude = Format.plain(Math.abs(percent)) + " %";
        if (percent > 0) return "+" + magnitude;
        return percent < 0 ? "−" + magnitude : magnitude;
    }

    private static String orNone(String files) {
        return files == null ? "no upload" : files;
    }
}
