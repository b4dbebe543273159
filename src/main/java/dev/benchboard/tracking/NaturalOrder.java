package dev.benchboard.tracking;

import java.math.BigInteger;
import java.util.Comparator;

/**
 * Labels as people number them: the digits inside a label compare as numbers, so "run 9" comes before "run 10" and
 * "v1.9.2" before "v1.10.0" (as strings both came the other way round). Text between numbers compares as it is;
 * labels equal that way (e.g. "run 07" and "run 7") fall back to their plain string order, so the order is total.
 */
final class NaturalOrder implements Comparator<String> {

    static final NaturalOrder INSTANCE = new NaturalOrder();

    private NaturalOrder() {
    }

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int endA = runEnd(a, i);
            int endB = runEnd(b, j);
            boolean numberA = Character.isDigit(a.charAt(i));
            boolean numberB = Character.isDigit(b.charAt(j));
            int c = numberA && numberB
                    ? new BigInteger(a.substring(i, endA)).compareTo(new BigInteger(b.substring(j, endB)))
                    : a.substring(i, endA).compareTo(b.substring(j, endB));
            if (c != 0) return c;
            i = endA;
            j = endB;
        }
        int byRuns = Boolean.compare(i < a.length(), j < b.length());
        return byRuns != 0 ? byRuns : a.compareTo(b);
    }

    /** The end of the run of digits, or of other characters, that starts at {@code from}. */
    private static int runEnd(String s, int from) {
        boolean digits = Character.isDigit(s.charAt(from));
        int end = from;
        while (end < s.length() && Character.isDigit(s.charAt(end)) == digits) end++;
        return end;
    }
}
