package dev.benchboard.ingest.format.gc;

import dev.benchboard.format.Sentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Puts back together a gc line that other output broke into pieces.
 * <p>
 * The runtime prints a gc line with one write per field (runtime/print.go writes each argument of
 * {@code print} straight to fd 2) after it has restarted the world, so another goroutine's log write
 * can land between two fields: the line then reads "gc 106 @3.098s … 2-&gt;2" + a whole log line, and the
 * runtime's next write ("-&gt;1 MB, 2 MB goal, …") starts the next line, possibly after more log lines and
 * possibly interrupted again. Real example (fixtures/gc/gin-split-gctrace.txt, lines 919–923):
 * <pre>
 * gc 111 @3.119s 32026/12/07 12:46:38 INFO draining conn=804
 * %: 0.074+0.43+0.003 ms clock, 0.14+0.41/0.132026/12/07 12:46:38 INFO draining conn=805
 * /0+0.007 ms cpu, 2-&gt;2-&gt;1 MB, 2026/12/07 12:46:38 INFO draining conn=806
 * 2 MB goal, 0 MB stacks, 0 MB globals, 2 P
 * </pre>
 * A piece ends on a field boundary, and the pieces together must make a gc line in the exact shape the
 * runtime prints ({@link GctraceShape}: integers without leading zeros, durations as runtime.fmtNSAsMS
 * writes them — two significant digits, at most three decimals, whole ms from 10 ms). Where they fit
 * in several ways (a piece ending in a digit followed by foreign text that starts with one, "3" +
 * "2026/12/07 …"), the way whose foreign parts look most like the log lines around (longest common
 * beginnings) is taken; a tie is ambiguous and the fragment is skipped. Lines that start another gc
 * line end the search.
 */
final class GctraceSplice {

    /** How many lines after the fragment are searched for its pieces. */
    static final int LOOKAHEAD = 8;

    /** A line of the capture, ANSI codes removed. */
    record Line(long number, String text) {}

    /** The rejoined gc text and the lines whose pieces it used (the first is the fragment's own). */
    record Joined(String text, List<Long> pieceLines) {}

    /** Why a fragment could not be rejoined. */
    static final class Unfit extends Exception {
        private final transient Sentence reason;

        Unfit(Sentence reason) {
            super(reason.english(), null, false, false);
            this.reason = reason;
        }

        /** Why the pieces were not rejoined, in the reader's language. */
        Sentence sentence() {
            return reason;
        }
    }

    private GctraceSplice() {
    }

    /** True when the text cannot be the whole of a gc line (so it may be the first piece of one). */
    static boolean isFragment(String gcText) {
        return !GctraceShape.matches(gcText.stripTrailing()) && !endsLikeGcLine(gcText);
    }

    /**
     * A line that ends as a gc line does ("… MB goal, … N P") is a whole line, damaged in the middle if it
     * does not parse: a row problem, not a fragment.
     */
    private static boolean endsLikeGcLine(String gcText) {
        return gcText.contains(" MB goal, ") && gcText.stripTrailing().matches(".*\\d P(?: \\(forced\\))?");
    }

    /**
     * Rejoins the fragment {@code first} (its text from "gc N @" on) with pieces from {@code ahead}: a
     * search over where each piece ends and which lines are foreign as a whole. Of the ways that give a
     * whole gc line, the one whose foreign parts best resemble the foreign lines around wins (summed
     * longest common beginnings); two different lines with the same best score are ambiguous.
     *
     * @param neighbours foreign lines near the fragment, to recognise the interrupting text by
     */
    static Joined join(Line first, List<Line> ahead, List<String> neighbours) throws Unfit {
        Search search = new Search(ahead, neighbours);
        Way best = null;
        boolean tie = false;
        String text = first.text();
        for (int c : cuts(text, "")) {
            Way rest = search.best(0, text.substring(0, c));
            if (rest == null) continue;
            Way way = new Way(rest.score() + resemblance(text.substring(c), neighbours, null),
                    text.substring(0, c) + rest.text(), prepend(first.number(), rest.lines()), rest.tie());
            if (best == null || way.score() > best.score()) {
                best = way;
                tie = way.tie();
            } else if (way.score() == best.score() && !way.text().equals(best.text())) {
                tie = true;
            }
        }
        if (best == null) throw new Unfit(Sentence.of("ingest.gctrace.no-piece", String.valueOf(LOOKAHEAD)));
        if (tie) {
            throw new Unfit(Sentence.of("ingest.gctrace.ambiguous-pieces"));
        }
        return new Joined(best.text(), best.lines());
    }

    /** The rest of a gc line from some point on: its text, the lines of its pieces, how well it scores. */
    private record Way(int score, String text, List<Long> lines, boolean tie) {}

    private static List<Long> prepend(long line, List<Long> lines) {
        List<Long> all = new ArrayList<>(List.of(line));
        all.addAll(lines);
        return all;
    }

    /**
     * The best way to finish a gc line from ahead line i on, memoised by (i, where the text stands in the
     * shape): how it continues depends only on that, not on the text before.
     */
    private static final class Search {
        private final List<Line> ahead;
        private final List<String> neighbours;
        private final Map<String, Optional<Way>> memo = new HashMap<>();

        Search(List<Line> ahead, List<String> neighbours) {
            this.ahead = ahead;
            this.neighbours = neighbours;
        }

        Way best(int index, String acc) {
            if (GctraceShape.matches(acc)) return new Way(0, "", List.of(), false);
            String key = index + "#" + GctraceShape.state(acc);
            Optional<Way> known = memo.get(key);
            if (known != null) return known.orElse(null);
            Way best = null;
            boolean tie = false;
            int skipped = 0;       // resemblance of the lines passed over as foreign
            for (int i = index; i < ahead.size(); i++) {
                String t = ahead.get(i).text();
                if (t.isBlank()) continue;
                if (GctraceLine.start(t) == 0) break;             // another gc line: ours cannot continue past it
                if (continues(acc, t)) {
                    List<Way> ways = new ArrayList<>();
                    long line = ahead.get(i).number();
                    String whole = t.stripTrailing();
                    if (GctraceShape.matches(acc + whole)) ways.add(new Way(skipped, whole, List.of(line), false));
                    for (int c : cuts(t, acc)) {
                        if (c == t.length()) continue;            // whole line as the last piece: handled above
                        Way rest = best(i + 1, acc + t.substring(0, c));
                        if (rest == null) continue;
                        ways.add(new Way(skipped + resemblance(t.substring(c), neighbours, t) + rest.score(),
                                t.substring(0, c) + rest.text(), prepend(line, rest.lines()), rest.tie()));
                    }
                    for (Way way : ways) {
                        if (best == null || way.score() > best.score()) {
                            best = way;
                            tie = way.tie();
                        } else if (way.score() == best.score() && !way.text().equals(best.text())) {
                            tie = true;
                        }
                    }
                }
                skipped += resemblance(t, neighbours, t);
            }
            Way result = best == null ? null : new Way(best.score(), best.text(), best.lines(), tie);
            memo.put(key, Optional.ofNullable(result));
            return result;
        }
    }

    /**
     * Whether a line can be the next piece after {@code acc}: the runtime writes every number and every
     * literal whole, and numbers and literals alternate (" P" then " (forced)" excepted), so after a
     * number the next piece starts with a literal and after a literal with a digit.
     */
    private static boolean continues(String acc, String line) {
        boolean afterNumber = Character.isDigit(acc.charAt(acc.length() - 1));
        char next = line.charAt(0);
        if (afterNumber) return !Character.isDigit(next);
        return Character.isDigit(next) || (acc.endsWith(" P") && line.startsWith(" (forced)"));
    }

    /**
     * Where a piece in {@code line} may end: {@code before} + line[0, c) must still begin a gc line and end
     * on a whole field (a whole number or a whole literal such as ", ", "+", "-&gt;"), since the runtime
     * writes field by field.
     */
    private static List<Integer> cuts(String line, String before) {
        int longest = longestBeginning(line, before);
        List<Integer> cuts = new ArrayList<>();
        for (int c = 1; c <= longest; c++) {
            String piece = before + line.substring(0, c);
            if (GctraceShape.endsOnField(piece)) cuts.add(c);
        }
        return cuts;
    }

    /** The largest c with before + line[0, c) a possible beginning of a gc line (beginnings shrink monotonically). */
    private static int longestBeginning(String line, String before) {
        int low = 0;                      // before alone is a beginning
        int high = line.length();
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (canBegin(before + line.substring(0, mid))) low = mid; else high = mid - 1;
        }
        return low;
    }

    private static boolean canBegin(CharSequence text) {
        return GctraceShape.canBegin(text);
    }

    /**
     * Longest common beginning of the text with any neighbouring foreign line (other than itself); fewer
     * than {@value #MIN_RESEMBLANCE} characters in common (a space, one digit) say nothing and count 0.
     */
    private static int resemblance(String text, List<String> neighbours, String self) {
        int best = 0;
        for (String n : neighbours) {
            if (n == self) continue;   // the line being decided is not its own evidence
            int i = 0;
            while (i < text.length() && i < n.length() && text.charAt(i) == n.charAt(i)) i++;
            best = Math.max(best, i);
        }
        return best >= MIN_RESEMBLANCE ? best : 0;
    }

    private static final int MIN_RESEMBLANCE = 4;
}
