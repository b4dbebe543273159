package dev.benchboard.ingest.format.structured;

import dev.benchboard.format.Sentence;
import dev.benchboard.ingest.format.fields.FastDecimal;
import dev.benchboard.evidence.Latencies;
import dev.benchboard.ingest.source.Text;

/**
 * Checks for numeric cells shared by the importers: each returns the value or throws a
 * {@link RowException} naming line, field and what was expected. A cell a spreadsheet would evaluate
 * ({@code =…}, {@code @…}) is never a number here.
 */
final class Fields {

    /** 1 h, the top of the histogram range: a larger latency is a broken row, not a slow request. */
    static final double MAX_LATENCY_MS = Latencies.HIGHEST_US / 1000.0;

    private Fields() {
    }

    /** A latency converted to milliseconds with {@code toMillis} (1 for ms, 0.001 for µs, 1000 for s). */
    static double latencyMs(CharSequence s, int from, int to, double toMillis, long line, String field)
            throws RowException {
        double v = FastDecimal.parse(s, from, to);
        double ms = v * toMillis;
        if (!(ms >= 0 && ms <= MAX_LATENCY_MS)) {   // also false for NaN
            throw new RowException(line, field, Sentence.of("ingest.structured.expected.latency"), found(s, from, to));
        }
        return ms;
    }

    static double latencyMs(String cell, double toMillis, long line, String field) throws RowException {
        return latencyMs(cell, 0, cell.length(), toMillis, line, field);
    }

    /** A finite number ≥ 0. */
    static double nonNegative(String cell, long line, String field) throws RowException {
        double v = FastDecimal.parse(cell);
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new RowException(line, field, Sentence.of("ingest.structured.expected.non-negative"), found(cell, 0, cell.length()));
        }
        return v;
    }

    /** A whole number ≥ 0 (a count). */
    static long count(String cell, long line, String field) throws RowException {
        double v = FastDecimal.parse(cell);
        if (!(v >= 0) || v != Math.rint(v) || v > 9.0e15) {
            throw new RowException(line, field, Sentence.of("ingest.structured.expected.count"), found(cell, 0, cell.length()));
        }
        return (long) v;
    }

    /** What a cell holds, for "found …": the cell as written, or our words for an empty cell or a formula. */
    static Sentence found(CharSequence s, int from, int to) {
        String text = s.subSequence(from, to).toString();
        if (text.isBlank()) return Sentence.of("ingest.structured.found.empty-cell");
        if (Text.looksLikeFormula(text.strip())) return Sentence.of("ingest.structured.found.formula", Text.quote(text));
        return Sentence.verbatim(Text.quote(text));
    }
}
