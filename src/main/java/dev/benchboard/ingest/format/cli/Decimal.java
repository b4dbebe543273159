package dev.benchboard.ingest.format.cli;

/**
 * Allocation-free parsing of the plain decimals the command-line tools print ({@code 0.0017},
 * {@code 583.1}, {@code 20}), for the per-request CSV rows where {@link Double#parseDouble} on a
 * substring would dominate the import time. A digit string of at most 18 digits is read into a long
 * and divided once by an exact power of ten, which rounds exactly like {@code Double.parseDouble};
 * anything else (exponents, very long mantissas) falls back to it. Invalid text gives NaN.
 */
final class Decimal {

    private static final double[] POW10 = new double[19];

    static {
        double p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10;
        }
    }

    private Decimal() {
    }

    /** The decimal in {@code s[from, to)}, NaN when it is not one (NaN, inf, text, empty). */
    static double parse(CharSequence s, int from, int to) {
        int i = from;
        while (i < to && s.charAt(i) == ' ') i++;
        while (to > i && s.charAt(to - 1) == ' ') to--;
        if (i >= to) return Double.NaN;
        boolean negative = false;
        char first = s.charAt(i);
        if (first == '-' || first == '+') {
            negative = first == '-';
            i++;
        }
        long mantissa = 0;
        int digits = 0;
        int fraction = -1;
        int start = i;
        for (; i < to; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                mantissa = mantissa * 10 + (c - '0');
                digits++;
                if (fraction >= 0) fraction++;
            } else if (c == '.' && fraction < 0) {
                fraction = 0;
            } else {
                return slow(s, from, to);
            }
        }
        if (digits == 0) return Double.NaN;
        if (digits > 18) return slow(s, start, to) * (negative ? -1 : 1);
        double value = fraction > 0 ? mantissa / POW10[fraction] : mantissa;
        return negative ? -value : value;
    }

    static double parse(CharSequence s) {
        return parse(s, 0, s.length());
    }

    private static double slow(CharSequence s, int from, int to) {
        String text = s.subSequence(from, to).toString().strip();
        // Only plain decimals with an optional exponent; "NaN", "Infinity", hex floats and the
        // trailing type letters Java accepts ("1d", "2f") are not numbers a tool printed.
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9') && c != '.' && c != 'e' && c != 'E' && c != '-' && c != '+') return Double.NaN;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** A non-negative integer in {@code s[from, to)}, or -1 when it is not one (or overflows). */
    static long parseCount(CharSequence s, int from, int to) {
        int i = from;
        while (i < to && s.charAt(i) == ' ') i++;
        while (to > i && s.charAt(to - 1) == ' ') to--;
        if (i >= to || to - i > 18) return -1;
        long value = 0;
        for (; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return -1;
            value = value * 10 + (c - '0');
        }
        return value;
    }

    static long parseCount(CharSequence s) {
        return parseCount(s, 0, s.length());
    }
}
