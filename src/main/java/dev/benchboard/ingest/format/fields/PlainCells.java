package dev.benchboard.ingest.format.fields;

/**
 * One left-to-right pass over a CSV line of plain cells — the shape of the multi-gigabyte per-request
 * files tools write — with no String, no split and no second scan of a number. Each read takes one
 * cell and the comma after it. A read that meets anything unusual (a sign, a blank, an exponent, a
 * quote, more than 18 digits) answers "not plain" (NaN or -1); the importer then reads the line on
 * its careful path, which explains any problem. Decimals read exactly as {@link FastDecimal} (the one
 * decimal parser, which the careful path uses) reads them: an integer mantissa a double holds exactly
 * (at most 2^53) divided once by an exact power of ten; a longer mantissa is "not plain".
 *
 * <p>One instance per import, reused for every line (no allocation per row).
 */
public final class PlainCells {

    private static final double[] POW10 = new double[19];
    private static final long EXACT_MANTISSA = 1L << 53;

    static {
        double p = 1;
        for (int i = 0; i < POW10.length; i++, p *= 10) POW10[i] = p;
    }

    private CharSequence line;
    private int length;
    private int position;
    private int cellStart;
    private int cellEnd;

    /** Starts reading a line at its first cell. */
    public void start(CharSequence line) {
        this.line = line;
        this.length = line.length();
        this.position = 0;
    }

    /** An unsigned decimal of at most 18 digits ({@code 12}, {@code 0.0021}); NaN for anything else. */
    public double decimal() {
        if (position > length) return Double.NaN;
        cellStart = position;
        long mantissa = 0;
        int digits = 0;
        int fraction = -1;
        for (; position < length; position++) {
            char c = line.charAt(position);
            int digit = c - '0';
            if (digit >= 0 && digit <= 9) {
                mantissa = mantissa * 10 + digit;
                digits++;
                if (fraction >= 0) fraction++;
            } else if (c == '.' && fraction < 0) {
                fraction = 0;
            } else if (c == ',') {
                break;
            } else {
                return Double.NaN;
            }
        }
        endCell();
        if (digits == 0 || digits > 18 || mantissa > EXACT_MANTISSA) return Double.NaN;
        return fraction > 0 ? mantissa / POW10[fraction] : mantissa;
    }

    /** An unsigned integer of 1 to 18 digits; -1 for anything else. */
    public long integer() {
        if (position > length) return -1;
        cellStart = position;
        long value = 0;
        for (; position < length; position++) {
            char c = line.charAt(position);
            int digit = c - '0';
            if (digit >= 0 && digit <= 9) {
                value = value * 10 + digit;
            } else if (c == ',') {
                break;
            } else {
                return -1;
            }
        }
        endCell();
        int digits = cellEnd - cellStart;
        return digits == 0 || digits > 18 ? -1 : value;
    }

    /** Passes over a cell without reading it (its bounds stay available); false when it holds a quote. */
    public boolean skip() {
        if (position > length) return false;
        cellStart = position;
        for (; position < length; position++) {
            char c = line.charAt(position);
            if (c <= ',') {                      // digits, '.' and letters are above: one compare for most chars
                if (c == ',') break;
                if (c == '"') return false;
            }
        }
        endCell();
        return true;
    }

    /** True when the last read took the line's last cell: the line had exactly as many cells as read. */
    public boolean complete() {
        return position == length + 1;
    }

    /** Where the cell last read starts and ends, for the cells parsed elsewhere (timestamps). */
    public int cellStart() { return cellStart; }

    public int cellEnd() { return cellEnd; }

    private void endCell() {
        cellEnd = position;
        position++;                              // past the comma, or past the end: then complete()
    }
}
