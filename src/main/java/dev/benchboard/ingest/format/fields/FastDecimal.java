package dev.benchboard.ingest.format.fields;

/**
 * Parses plain decimal numbers ({@code 12}, {@code -0.25}, {@code 3.5e-3}) without allocating, for
 * importers that read millions of rows. The result is bit-for-bit what {@link Double#parseDouble}
 * returns: the fast path only handles numbers whose digits fit exactly in a double (a mantissa of at
 * most 2^53) and whose power of ten is at most 22, where one correctly rounded IEEE multiplication or
 * division gives the correctly rounded result (Clinger's fast path). Everything else that still looks
 * like a number falls back to {@link Double#parseDouble}.
 *
 * <p>Anything that is not a plain decimal (hex, {@code Infinity}, {@code NaN}, Java suffixes like
 * {@code 1d}, formulas, empty text) yields {@link Double#NaN}, so one {@code isNaN} check tells the
 * caller "not a number".
 */
public final class FastDecimal {

    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22
    };
    private static final int MAX_LONG_DIGITS = 18;
    private static final long MAX_EXACT_MANTISSA = 1L << 53;

    private FastDecimal() {
    }

    /** The whole text, surrounding blanks ignored. */
    public static double parse(CharSequence text) {
        return text == null ? Double.NaN : parse(text, 0, text.length());
    }

    /** The characters {@code [from, to)}, surrounding blanks ignored; NaN when not a plain decimal. */
    public static double parse(CharSequence s, int from, int to) {
        while (from < to && s.charAt(from) == ' ') from++;
        while (to > from && s.charAt(to - 1) == ' ') to--;
        if (from >= to) return Double.NaN;
        int i = from;
        boolean negative = false;
        char sign = s.charAt(i);
        if (sign == '-' || sign == '+') {
            negative = sign == '-';
            if (++i == to) return Double.NaN;
        }
        // Leading zeros add nothing to the mantissa, so all digits can be accumulated; up to 18 digits
        // fit in a long, and the fast path below only trusts mantissas that a double holds exactly.
        long mantissa = 0;
        int start = i;
        for (; i < to; i++) {
            int d = s.charAt(i) - '0';
            if (d < 0 || d > 9) break;
            mantissa = mantissa * 10 + d;
        }
        int digits = i - start;
        int scale = 0;
        if (i < to && s.charAt(i) == '.') {
            int fractionStart = ++i;
            for (; i < to; i++) {
                int d = s.charAt(i) - '0';
                if (d < 0 || d > 9) break;
                mantissa = mantissa * 10 + d;
            }
            scale = i - fractionStart;
            digits += scale;
        }
        if (digits == 0) return Double.NaN;
        int exponent = 0;
        if (i < to && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            if (++i == to) return Double.NaN;
            boolean negativeExponent = false;
            char c = s.charAt(i);
            if (c == '-' || c == '+') {
                negativeExponent = c == '-';
                if (++i == to) return Double.NaN;
            }
            int exponentStart = i;
            for (; i < to; i++) {
                int d = s.charAt(i) - '0';
                if (d < 0 || d > 9) break;
                if (exponent < 10_000) exponent = exponent * 10 + d;
            }
            if (i == exponentStart) return Double.NaN;
            if (negativeExponent) exponent = -exponent;
        }
        if (i != to) return Double.NaN;
        int power = exponent - scale;
        if (digits <= MAX_LONG_DIGITS && mantissa <= MAX_EXACT_MANTISSA && power >= -22 && power <= 22) {
            double value = mantissa;
            value = power < 0 ? value / POWERS_OF_TEN[-power] : value * POWERS_OF_TEN[power];
            return negative ? -value : value;
        }
        // Rare: more digits than a double holds exactly, or a large exponent; the JDK rounds correctly.
        return Double.parseDouble(s.subSequence(from, to).toString());
    }
}
