package dev.benchboard.ui.share;

import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import dev.benchboard.export.RegressionLine;
import dev.benchboard.ui.Format;
import java.util.List;
import java.util.Locale;

/** The regression verdicts with their evidence; the verdict is coloured, the test named in a tooltip. */
final class RegressionsTable {

    private RegressionsTable() {
    }

    static HtmlTable of(List<RegressionLine> regressions) {
        HtmlTable table = new HtmlTable("share-regressions", List.of("Benchmark", "Metric", "Baseline", "Candidate",
                "Baseline value", "Candidate value", "Change", "p (Holm)", "Verdict", "n", "Why"));
        for (RegressionLine r : regressions) {
            NativeTableRow tr = table.row();
            HtmlTable.cell(tr, r.benchmark());
            HtmlTable.cell(tr, r.metric());
            HtmlTable.cell(tr, r.baseline());
            HtmlTable.cell(tr, r.candidate());
            HtmlTable.numeric(tr, r.baselineValue() == null ? "–" : Format.number(r.baselineValue(), r.unit()));
            HtmlTable.numeric(tr, r.candidateValue() == null ? "–" : Format.number(r.candidateValue(), r.unit()));
            HtmlTable.numeric(tr, delta(r.deltaPercent()));
            HtmlTable.numeric(tr, r.p() == null ? "–" : Format.plain(r.p())
                    + (r.pAdjusted() == null ? "" : " (" + Format.plain(r.pAdjusted()) + ")"));
            Span verdict = new Span(r.verdict() == null ? "–" : r.verdict());
            verdict.addClassNames("bb-share-verdict", "bb-share-verdict-" + (r.verdict() == null ? "none"
                    : r.verdict().toLowerCase(Locale.ROOT)));
            HtmlTable.cell(tr, verdict).getElement().setAttribute("title", r.method() == null ? "" : r.method());
            HtmlTable.numeric(tr, r.n());
            HtmlTable.cell(tr, r.reason()).addClassName("bb-share-why");
        }
        return table;
    }

    /** "+29.4 %", "−3.5 %" (a real minus sign), "0 %". */
    static String delta(Double percent) {
        if (percent == null) return "–";
        String magnitude = Format.plain(Math.abs(percent)) + " %";
        if (percent > 0) return "+" + magnitude;
        return percent < 0 ? "−" + magnitude : magnitude;
    }
}
