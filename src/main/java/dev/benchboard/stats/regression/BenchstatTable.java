package dev.benchboard.stats.regression;

import dev.benchboard.format.Sentence;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A comparison as a plain-text table in the spirit of benchstat, for CI logs: one line per metric
 * with both medians and their spread, Δ %, raw and Holm-adjusted p, run counts and the verdict
 * ("~" for no significant change), then the geometric-mean rows and the notes.
 */
public final class BenchstatTable {

    static final List<String> HEADER = List.of("name", "unit", "baseline", "candidate", "Δ%", "p", "p(holm)", "n", "verdict");
    private static final String NONE = "-";
    private static final String GAP = "  ";
    private static final int SIGNIFICANT_DIGITS = 4;

    private BenchstatTable() {
    }

    public static String render(Comparison comparison) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(HEADER);
        for (MetricComparison row : comparison.rows()) {
            lines.add(List.of(
                    row.benchmark() + " " + row.metric(),
                    row.unit(),
                    centerWithSpread(row.baselineCenter(), row.baselineValues()),
                    centerWithSpread(row.candidateCenter(), row.candidateValues()),
                    percent(row.deltaPercent()),
                    row.pValue() == null ? NONE : pValue(row.pValue()),
                    row.adjustedPValue() == null ? NONE : pValue(row.adjustedPValue()),
                    row.nBaseline() + "+" + row.nCandidate(),
                    verdictText(row)));
        }
        for (GeoMeanRow geo : comparison.geoMeans()) {
            lines.add(List.of("geomean", geo.unit(), number(geo.baseline()), number(geo.candidate()),
                    percent(geo.deltaPercent()), NONE, NONE, geo.benchmarks() + " benchmarks", ""));
        }
        int[] widths = new int[HEADER.size()];
        for (List<String> line : lines) {
            for (int c = 0; c < widths.length; c++) {
                widths[c] = Math.max(widths[c], line.get(c).length());
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("baseline: ").append(comparison.baselineName())
                .append("   candidate: ").append(comparison.candidateName()).append('\n');
        for (List<String> line : lines) {
            StringBuilder text = new StringBuilder();
            for (int c = 0; c < widths.length; c++) {
                boolean numeric = c >= 2 && c <= 6;
                String cell = line.get(c);
                String padding = " ".repeat(widths[c] - cell.length());
                text.append(numeric ? padding + cell : cell + padding);
                if (c < widths.length - 1) {
                    text.append(GAP);
                }
            }
            out.append(text.toString().stripTrailing()).append('\n');
        }
        // A text table for CI logs: English, as the API writes it.
        for (Sentence note : comparison.notes()) {
            out.append("# ").append(note.english()).append('\n');
        }
        return out.toString();
    }

    /** The verdict and, when there is none, what would make one possible (or why the row is not compared). */
    private static String verdictText(MetricComparison row) {
        return switch (row.verdict()) {
            case INSUFFICIENT_DATA -> {
                Attainability attainability = row.evidence().attainability();
                String within = row.evidence() instanceof VerdictBasis.Bootstrap b
                        ? ", within-run CI " + number(b.difference().interval().lower()) + ".."
                                + number(b.difference().interval().upper())
                        : "";
                yield row.verdict().symbol() + " (" + (attainability.attainable() ? "" : "need +"
                        + attainability.additionalBaseline() + "+" + attainability.additionalCandidate() + " runs") + within + ")";
            }
            default -> row.verdict().symbol();
        };
    }

    static String centerWithSpread(double center, List<Double> values) {
        if (Double.isNaN(center)) {
            return NONE;
        }
        if (values.size() < 2 || center == 0) {
            return number(center);
        }
        double maxDeviation = 0;
        for (double v : values) {
            maxDeviation = Math.max(maxDeviation, Math.abs(v - center));
        }
        return number(center) + " ± " + Math.round(100 * maxDeviation / Math.abs(center)) + "%";
    }

    /** Four significant digits (trailing zeros kept: they are significant), plain notation. */
    static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(SIGNIFICANT_DIGITS));
        if (rounded.precision() < SIGNIFICANT_DIGITS) {
            rounded = rounded.setScale(rounded.scale() + SIGNIFICANT_DIGITS - rounded.precision());
        }
        return rounded.toPlainString();
    }

    private static String percent(double value) {
        return Double.isNaN(value) ? NONE : String.format(Locale.ROOT, "%+.2f%%", value);
    }

    private static String pValue(double p) {
        return p < 0.0001 ? "<0.0001" : String.format(Locale.ROOT, "%.4f", p);
    }
}
