package dev.benchboard.ingest.format.gc;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A gc line exactly as runtime.gcMarkTermination prints it, as a sequence of literals and numbers:
 * integers without leading zeros, the time with three decimals, durations as runtime.fmtNSAsMS
 * writes them (two significant digits, at most three decimals, whole ms from 10 ms). Go 1.5 to 1.18
 * end in "MB goal, N P", 1.19+ add "N MB stacks, N MB globals"; " (forced)" is optional.
 * <p>
 * Written out rather than as one regular expression because {@link GctraceSplice} asks "can this still
 * become a gc line?" thousands of times per broken line, and a regular expression's backtracking made
 * that far too slow.
 */
final class GctraceShape {

    private enum Kind { INT, TIME, MS }

    private record Token(String literal, Kind number) {}

    private static final Pattern INT = Pattern.compile("0|[1-9]\\d*");
    private static final Pattern TIME = Pattern.compile("(?:0|[1-9]\\d*)\\.\\d{3}");
    private static final Pattern MS = Pattern.compile("0|0\\.00[1-9]|0\\.0[1-9]\\d|0\\.[1-9]\\d|[1-9]\\.\\d|[1-9]\\d+");
    /** Beginnings of each kind of number (the empty one included). */
    private static final Pattern INT_BEGIN = Pattern.compile("|0|[1-9]\\d*");
    private static final Pattern TIME_BEGIN = Pattern.compile("|(?:0|[1-9]\\d*)(?:\\.\\d{0,3})?");
    private static final Pattern MS_BEGIN = Pattern.compile("|0(?:\\.(?:0(?:0[1-9]?|[1-9]\\d?)?|[1-9]\\d?)?)?|[1-9](?:\\.\\d?|\\d*)");

    private static final List<List<Token>> SHAPES = shapes();

    private enum Fit { NO, BEGINNING, WHOLE }

    private GctraceShape() {
    }

    /** True when the text is a whole gc line. */
    static boolean matches(CharSequence text) {
        for (List<Token> shape : SHAPES) {
            if (fit(text, shape) == Fit.WHOLE) return true;
        }
        return false;
    }

    /** True when the text is a gc line or can still become one. */
    static boolean canBegin(CharSequence text) {
        for (List<Token> shape : SHAPES) {
            if (fit(text, shape) != Fit.NO) return true;
        }
        return false;
    }

    /**
     * True when the text can still become a gc line and ends on a whole field: right after a literal,
     * or after a number that is complete as it stands (the runtime writes fields whole).
     */
    static boolean endsOnField(CharSequence text) {
        for (List<Token> shape : SHAPES) {
            int[] at = new int[2];
            Fit fit = fit(text, shape, at);
            if (fit == Fit.WHOLE) return true;
            if (fit == Fit.NO) continue;
            if (at[1] == text.length()) return true;
            Token token = shape.get(at[0]);
            if (token.number() != null && whole(token.number(), text.subSequence(at[1], text.length()).toString())) return true;
        }
        return false;
    }

    /**
     * Where in the shapes the text stands (token reached and the part of it already written), so two
     * texts with the same state can be continued in exactly the same ways.
     */
    static String state(CharSequence text) {
        StringBuilder key = new StringBuilder();
        for (List<Token> shape : SHAPES) {
            int[] at = new int[2];
            Fit fit = fit(text, shape, at);
            key.append(fit == Fit.NO ? "x" : at[0] + ":" + text.subSequence(at[1], text.length())).append('|');
        }
        return key.toString();
    }

    private static Fit fit(CharSequence text, List<Token> shape) {
        return fit(text, shape, new int[2]);
    }

    /** at[0] = index of the token being written when the text ends, at[1] = where that token began. */
    private static Fit fit(CharSequence text, List<Token> shape, int[] at) {
        int pos = 0;
        at[0] = shape.size();
        at[1] = text.length();
        int length = text.length();
        for (int k = 0; k < shape.size(); k++) {
            Token token = shape.get(k);
            at[0] = k;
            at[1] = pos;
            if (token.literal() != null) {
                String literal = token.literal();
                int n = Math.min(literal.length(), length - pos);
                for (int i = 0; i < n; i++) {
                    if (text.charAt(pos + i) != literal.charAt(i)) return Fit.NO;
                }
                if (n < literal.length()) return Fit.BEGINNING;
                pos += n;
            } else {
                int end = pos;
                while (end < length && (Character.isDigit(text.charAt(end)) || (token.number() != Kind.INT && text.charAt(end) == '.'))) {
                    end++;
                }
                String number = text.subSequence(pos, end).toString();
                if (end == length) return begins(token.number(), number) ? Fit.BEGINNING : Fit.NO;
                if (!whole(token.number(), number)) return Fit.NO;
                pos = end;
            }
        }
        at[0] = shape.size();
        at[1] = pos;
        return pos == length ? Fit.WHOLE : Fit.NO;
    }

    private static boolean whole(Kind kind, String number) {
        return switch (kind) {
            case INT -> INT.matcher(number).matches();
            case TIME -> TIME.matcher(number).matches();
            case MS -> MS.matcher(number).matches();
        };
    }

    private static boolean begins(Kind kind, String number) {
        return switch (kind) {
            case INT -> INT_BEGIN.matcher(number).matches();
            case TIME -> TIME_BEGIN.matcher(number).matches();
            case MS -> MS_BEGIN.matcher(number).matches();
        };
    }

    private static List<List<Token>> shapes() {
        List<List<Token>> shapes = new ArrayList<>();
        for (boolean stacks : new boolean[] {true, false}) {
            for (boolean forced : new boolean[] {false, true}) {
                List<Token> t = new ArrayList<>();
                lit(t, "gc "); num(t, Kind.INT); lit(t, " @"); num(t, Kind.TIME); lit(t, "s "); num(t, Kind.INT);
                lit(t, "%: "); num(t, Kind.MS); lit(t, "+"); num(t, Kind.MS); lit(t, "+"); num(t, Kind.MS);
                lit(t, " ms clock, "); num(t, Kind.MS); lit(t, "+"); num(t, Kind.MS); lit(t, "/"); num(t, Kind.MS);
                lit(t, "/"); num(t, Kind.MS); lit(t, "+"); num(t, Kind.MS); lit(t, " ms cpu, ");
                num(t, Kind.INT); lit(t, "->"); num(t, Kind.INT); lit(t, "->"); num(t, Kind.INT); lit(t, " MB, ");
                num(t, Kind.INT); lit(t, " MB goal, ");
                if (stacks) {
                    num(t, Kind.INT); lit(t, " MB stacks, "); num(t, Kind.INT); lit(t, " MB globals, ");
                }
                num(t, Kind.INT); lit(t, " P");
                if (forced) lit(t, " (forced)");
                shapes.add(List.copyOf(t));
            }
        }
        return List.copyOf(shapes);
    }

    private static void lit(List<Token> tokens, String literal) {
        tokens.add(new Token(literal, null));
    }

    private static void num(List<Token> tokens, Kind kind) {
        tokens.add(new Token(null, kind));
    }
}
