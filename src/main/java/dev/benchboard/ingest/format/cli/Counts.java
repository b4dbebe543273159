package dev.benchboard.ingest.format.cli;

/**
 * Allocation-free parsing of the counts the command-line tools print (requests, status codes), for the
 * per-request rows. Decimals go through the one decimal parser, {@link dev.benchboard.ingest.format.fields.FastDecimal}.
 */
final class Counts {

    private Counts() {
    }

    /** A non-negative integer in {@code s[from, to)}, or -1 when it is not one (or overflows). */
    static long parse(CharSequence s, int from, int to) {
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

    static long parse(CharSequence s) {
        return parse(s, 0, s.length());
    }
}
