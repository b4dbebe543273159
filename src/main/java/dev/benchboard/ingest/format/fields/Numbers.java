package dev.benchboard.ingest.format.fields;

import dev.benchboard.format.Sentence;
import java.util.regex.Pattern;

/**
 * Strict number parsing for values read from files. {@link Double#parseDouble} also accepts "NaN",
 * "Infinity", hexadecimal and a trailing "d"/"f"; none of those is a measured value, so they are
 * refused here and end up as row problems.
 */
public final class Numbers {

    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,18}");

    private Numbers() {
    }

    /**
     * The decimal value of the text, or null when it is not a plain finite decimal number: the one decimal parser,
     * {@link FastDecimal} (which accepts exactly {@code [+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?} and reads it as
     * {@link Double#parseDouble} does), boxed.
     */
    public static Double decimal(String text) {
        if (text == null) return null;
        double v = FastDecimal.parse(text.strip());
        return Double.isFinite(v) ? v : null;
    }

    /** The integer value of the text, or null when it is not a plain integer. */
    public static Long integer(String text) {
        if (text == null) return null;
        String s = text.strip();
        return INTEGER.matcher(s).matches() ? Long.parseLong(s) : null;
    }

    /** "what between min and max" in the reader's language, for "expected" messages. */
    public static Sentence inRange(Sentence what, double min, double max) {
        return Sentence.of("ingest.fields.in-range", what, plain(min), plain(max));
    }

    /** A readable description of an allowed range, for "expected" messages. */
    public static String range(double min, double max) {
        return "between " + plain(min) + " and " + plain(max);
    }

    /** Shortest plain rendering of a double: 100 rather than 100.0, no exponent for ordinary sizes. */
    public static String plain(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        // 1e-300 or 1e300 as 300 digits would flood a message
        if (Math.abs(v) < 1e-9 || Math.abs(v) >= 1e15 || !Double.isFinite(v)) return Double.toString(v);
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
