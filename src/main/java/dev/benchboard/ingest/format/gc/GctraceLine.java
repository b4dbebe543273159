package dev.benchboard.ingest.format.gc;

import dev.benchboard.format.Sentence;
import dev.benchboard.ingest.format.fields.Numbers;
import dev.benchboard.ingest.format.fields.RowProblem;
import dev.benchboard.evidence.GcCycle;
import dev.benchboard.ingest.source.Text;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses one line of {@code GODEBUG=gctrace=1} output, as printed by the Go runtime (runtime/mgc.go,
 * gcMarkTermination):
 * <pre>gc 12 @3.104s 2%: 0.021+1.3+0.017 ms clock, 0.084+0.31/1.1/0.52+0.068 ms cpu, 4->5->2 MB, 5 MB goal, 0 MB stacks, 0 MB globals, 4 P (forced)</pre>
 * The "MB stacks" and "MB globals" parts exist since Go 1.19 (Go 1.18 and older end in "MB goal, 4 P");
 * " (forced)" marks a cycle started by runtime.GC(). The heap figures are the runtime's byte counts
 * shifted right by 20 (whole MiB, truncated), which the runtime labels "MB"; we keep its numbers.
 * <p>
 * A sequential reader rather than one regular expression, so that a damaged line is reported with the
 * column and the part (clock, cpu, heap …) where it stops making sense. Columns count characters of the
 * line with its ANSI colour codes removed.
 */
final class GctraceLine {

    /** What makes a line a gc trace line at all; anything else in the stream is foreign and skipped. */
    private static final Pattern START = Pattern.compile("(?:^|\\s)gc \\d+ @");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final Pattern INTEGER = Pattern.compile("\\d{1,18}");

    /** Clock and CPU phases longer than an hour are not a GC cycle but a damaged line. */
    static final double MAX_PHASE_MS = 3_600_000;
    /** 16 TiB: more heap than any machine this runs on has. */
    static final double MAX_HEAP_MB = 16L << 20;
    static final int MAX_PROCS = 1 << 20;

    private final String text;
    private final long line;
    private final int offset;       // characters before the gc line in the original (after ANSI removal)
    private int position;

    private GctraceLine(String text, long line, int offset) {
        this.text = text;
        this.line = line;
        this.offset = offset;
    }

    /** Where a gc trace line starts in the (ANSI-free) text, or -1 for a foreign line. */
    static int start(String ansiFree) {
        Matcher m = START.matcher(ansiFree);
        if (!m.find()) return -1;
        return ansiFree.charAt(m.start()) == 'g' ? m.start() : m.start() + 1;
    }

    /** True when the line is a gc trace line (possibly damaged), after removing ANSI codes. */
    static boolean looksLikeGcLine(String raw) {
        return start(Text.stripAnsi(raw)) >= 0;
    }

    /**
     * Parses a gc trace line (caller checked {@link #looksLikeGcLine}); a prefix before "gc" (a log
     * collector's timestamp, a colour code) is ignored.
     */
    static GcCycle parse(String raw, long line) throws RowProblem {
        String plain = Text.stripAnsi(raw);
        int at = start(plain);
        return new GctraceLine(plain.substring(at).stripTrailing(), line, at).read();
    }

    private GcCycle read() throws RowProblem {
        expect("gc ", "cycle");
        int cycle = (int) Math.min(Integer.MAX_VALUE, integer("cycle", Sentence.of("ingest.gctrace.cycle-number")));
        expect(" @", "time");
        double at = number("time", Sentence.of("ingest.gctrace.seconds-since-start"));
        expect("s ", "time");
        double percent = integer("gc %", Sentence.of("ingest.gctrace.gc-percent"));
        expect("%: ", "gc %");
        double sweepTermination = number("clock", Sentence.of("ingest.gctrace.clock-sweep"));
        expect("+", "clock");
        double concurrentMark = number("clock", Sentence.of("ingest.gctrace.clock-mark"));
        expect("+", "clock");
        double markTermination = number("clock", Sentence.of("ingest.gctrace.clock-mark-termination"));
        expect(" ms clock, ", "clock");
        double cpu = number("cpu", Sentence.of("ingest.gctrace.cpu-sweep"));
        expect("+", "cpu");
        cpu += number("cpu", Sentence.of("ingest.gctrace.cpu-assist"));
        expect("/", "cpu");
        cpu += number("cpu", Sentence.of("ingest.gctrace.cpu-background"));
        expect("/", "cpu");
        cpu += number("cpu", Sentence.of("ingest.gctrace.cpu-idle"));
        expect("+", "cpu");
        cpu += number("cpu", Sentence.of("ingest.gctrace.cpu-mark-termination"));
        expect(" ms cpu, ", "cpu");
        double heapStart = integer("heap", Sentence.of("ingest.gctrace.heap-start"));
        expect("->", "heap");
        double heapEnd = integer("heap", Sentence.of("ingest.gctrace.heap-end"));
        expect("->", "heap");
        double live = integer("heap", Sentence.of("ingest.gctrace.heap-live"));
        expect(" MB, ", "heap");
        double goal = integer("goal", Sentence.of("ingest.gctrace.heap-goal"));
        expect(" MB goal, ", "goal");
        long procsOrStacks = integer("procs", Sentence.of("ingest.gctrace.procs-or-stacks"));
        long procs;
        if (text.startsWith(" MB stacks, ", position)) {    // Go 1.19+: "N MB stacks, N MB globals, N P"
            position += " MB stacks, ".length();
            integer("globals", Sentence.of("ingest.gctrace.globals"));
            expect(" MB globals, ", "globals");
            procs = integer("procs", Sentence.of("ingest.gctrace.procs"));
        } else {
            procs = procsOrStacks;
        }
        expect(" P", "procs");
        boolean forced = text.startsWith(" (forced)", position);
        if (forced) position += " (forced)".length();
        if (position != text.length()) {
            throw problem("procs", Sentence.of("ingest.gctrace.end-after-p"), Sentence.verbatim(Text.quote(text.substring(position))));
        }

        check(percent <= 100, "gc %", Sentence.of("ingest.gctrace.percent-max"), Numbers.plain(percent));
        check(sweepTermination <= MAX_PHASE_MS && concurrentMark <= MAX_PHASE_MS && markTermination <= MAX_PHASE_MS,
                "clock", Sentence.of("ingest.gctrace.clock-max"), text);
        check(cpu <= MAX_PHASE_MS * MAX_PROCS, "cpu", Sentence.of("ingest.gctrace.cpu-max"), text);
        check(heapStart <= MAX_HEAP_MB && heapEnd <= MAX_HEAP_MB && live <= MAX_HEAP_MB && goal <= MAX_HEAP_MB,
                "heap", Sentence.of("ingest.gctrace.heap-max"), text);
        check(procs >= 1 && procs <= MAX_PROCS, "procs", Sentence.of("ingest.gctrace.procs-min"), Long.toString(procs));
        check(cycle >= 1, "cycle", Sentence.of("ingest.gctrace.cycle-min"), Integer.toString(cycle));

        return new GcCycle(cycle, at, sweepTermination + markTermination, concurrentMark, percent, cpu,
                heapStart, heapEnd, live, goal, (int) procs, forced);
    }

    private void check(boolean ok, String field, Sentence expected, String found) throws RowProblem {
        if (!ok) throw new RowProblem(line, null, field, expected, Text.quote(found));
    }

    private void expect(String literal, String field) throws RowProblem {
        if (!text.startsWith(literal, position)) {
            throw problem(field, Sentence.verbatim("'" + literal + "'"), rest());
        }
        position += literal.length();
    }

    private double number(String field, Sentence what) throws RowProblem {
        Matcher m = NUMBER.matcher(text).region(position, text.length());
        if (!m.lookingAt()) throw problem(field, what, rest());
        position = m.end();
        return Double.parseDouble(m.group());
    }

    private long integer(String field, Sentence what) throws RowProblem {
        Matcher m = INTEGER.matcher(text).region(position, text.length());
        if (!m.lookingAt() || (m.end() < text.length() && Character.isDigit(text.charAt(m.end())))) {
            throw problem(field, what, rest());
        }
        position = m.end();
        return Long.parseLong(m.group());
    }

    private Sentence rest() {
        return position >= text.length() ? Sentence.of("ingest.gctrace.end-of-line")
                : Sentence.verbatim(Text.quote(text.substring(position)));
    }

    private RowProblem problem(String field, Sentence expected, Sentence found) {
        return new RowProblem(line, offset + position + 1, field, expected, found);
    }
}
