package dev.benchboard.ingest.format.gc;

import dev.benchboard.format.Sentence;
import dev.benchboard.ingest.format.fields.RowProblem;
import dev.benchboard.evidence.DataKind;
import dev.benchboard.evidence.GcCycle;
import dev.benchboard.evidence.GcTraceData;
import dev.benchboard.ingest.model.ImportContext;
import dev.benchboard.ingest.model.ImportException;
import dev.benchboard.ingest.model.ImportResult;
import dev.benchboard.ingest.model.Importer;
import dev.benchboard.ingest.model.Problem;
import dev.benchboard.ingest.source.LineReader;
import dev.benchboard.ingest.source.Text;
import dev.benchboard.ingest.source.TextSource;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Go runtime GC traces: the stderr of a program run with {@code GODEBUG=gctrace=1}, as captured, with
 * whatever else the program wrote in between.
 * <ul>
 * <li>Every gc line becomes a {@link GcCycle} (see {@link GctraceLine} for the fields and units).</li>
 * <li>Other lines (application logs, ANSI-coloured or not, {@code pacer:} and {@code scav}/{@code scvg}
 * lines of other GODEBUG traces) are skipped and counted; blank lines are ignored.</li>
 * <li>A gc line broken by other output written into the middle of it (another goroutine's log line,
 * see {@link GctraceSplice}) is rejoined from its pieces when they fit, else skipped with a warning
 * naming the line: never a row problem, so such a capture is not refused.</li>
 * <li>A whole gc line that cannot be read is a row problem; if it is the last line and has no newline, the
 * capture was cut off while the runtime was writing, which is a warning, not a problem.</li>
 * <li>Cycle numbers that start again (gc 1 after gc 88) mean a second process run in the same
 * capture: it becomes a second trace, with a warning. Gaps in the numbering (lines lost in the
 * capture) are a warning.</li>
 * <li>Settings: {@code gogc} from the upload form's hint, else from a {@code GOGC=N} (or
 * {@code GOGC=off}) printed by the program; {@code gomaxprocs} from the "N P" of the gc lines.</li>
 * </ul>
 */
public final class GoGctraceImporter implements Importer {

    public static final String FORMAT = "go-gctrace";

    private static final Pattern GOGC = Pattern.compile("\\bGOGC=(\\d+|off)\\b");
    /** A complete gc line, for detection only (parsing uses {@link GctraceLine}). */
    private static final Pattern GC_LINE = Pattern.compile(
            "gc \\d+ @\\d+(?:\\.\\d+)?s \\d+%: [\\d.+]+ ms clock, [\\d.+/]+ ms cpu, \\d+->\\d+->\\d+ MB, \\d+ MB goal, .*\\d+ P");

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String displayName() {
        return "Go GC trace (GODEBUG=gctrace=1)";
    }

    @Override
    public DataKind kind() {
        return DataKind.GC;
    }

    @Override
    public String version() {
        return "1";
    }

    /**
     * Certain (95) when complete gc lines make up a good part of the head, fairly sure (80) when there
     * are only a few among many other lines (a chatty program's stderr), else 0.
     */
    @Override
    public int detect(String head) {
        int gcLines = 0;
        int otherLines = 0;
        for (String line : head.split("\r?\n")) {
            if (line.isBlank()) continue;
            if (GC_LINE.matcher(Text.stripAnsi(line)).find()) gcLines++;
            else otherLines++;
        }
        if (gcLines == 0) return 0;
        return gcLines >= 3 || gcLines >= otherLines ? 95 : 80;
    }

    @Override
    public ImportResult parse(TextSource source, ImportContext context) throws ImportException, IOException {
        Lines lines = new Lines(source.lines(FORMAT));
        Traces traces = new Traces(context);
        Splices splices = new Splices(context);
        Deferred deferred = null;     // what to do with the previous line, decided once we know it is not the last
        Problem firstProblem = null;
        String gogcFromFile = null;
        Lines.Raw raw;
        while ((raw = lines.next()) != null) {
            if (deferred != null) deferred.apply(context);
            deferred = null;
            long number = raw.number();
            String line = raw.text();
            if (splices.usedAsPiece(number) || line.isBlank()) continue;
            String plain = Text.stripAnsi(line);
            int at = GctraceLine.start(plain);
            if (at < 0) {
                Matcher gogc = GOGC.matcher(plain);
                if (gogc.find()) {
                    if (gogcFromFile != null && !gogcFromFile.equals(gogc.group(1))) {
                        context.warn(Sentence.of("ingest.gctrace.gogc-changed", String.valueOf(number), gogc.group(1),
                                gogcFromFile));
                    }
                    if (gogcFromFile == null) gogcFromFile = gogc.group(1);
                }
                splices.foreign(plain);
                deferred = Deferred.skip(number, line);
                continue;
            }
            String gcText = plain.substring(at);
            if (GctraceSplice.isFragment(gcText)) {
                List<Lines.Raw> ahead = lines.peek(GctraceSplice.LOOKAHEAD);
                if (!ahead.isEmpty() || !lines.lastLineUnterminated()) {
                    splices.rejoin(number, gcText, ahead, traces);
                    continue;
                }
                // The last line, cut off while the runtime was writing it: a warning below.
            }
            try {
                traces.add(GctraceLine.parse(line, number), number);
                context.accept(FORMAT, number);
            } catch (RowProblem p) {
                if (firstProblem == null) firstProblem = p.problem();
                deferred = Deferred.reject(p.problem(), line);
            }
        }
        if (deferred != null) {
            if (lines.lastLineUnterminated()) {
                context.warn(Sentence.of("ingest.gctrace.last-line-cut", String.valueOf(deferred.line),
                        Text.quote(Text.stripAnsi(deferred.text))));
            } else {
                deferred.apply(context);
            }
        }
        splices.report();
        if (traces.isEmpty()) {
            if (firstProblem != null && context.problemCount() > 0) throw ImportException.of(FORMAT, firstProblem);
            throw ImportException.at(FORMAT, 0, Sentence.of("ingest.gctrace.no-gc-line"),
                    Sentence.of("ingest.gctrace.none-in-lines", String.valueOf(lines.lineNumber())));
        }
        return ImportResult.ofGc(traces.build(gogc(context, gogcFromFile)));
    }

    /** The capture's lines, with a look-ahead for the pieces of a broken gc line. */
    private static final class Lines {
        record Raw(long number, String text) {}

        private final LineReader reader;
        private final ArrayDeque<Raw> buffer = new ArrayDeque<>();

        Lines(LineReader reader) {
            this.reader = reader;
        }

        Raw next() throws IOException, ImportException {
            if (!buffer.isEmpty()) return buffer.poll();
            String text = reader.next();
            return text == null ? null : new Raw(reader.lineNumber(), text);
        }

        /** The next n lines (fewer at the end), left to be read. */
        List<Raw> peek(int n) throws IOException, ImportException {
            while (buffer.size() < n) {
                String text = reader.next();
                if (text == null) break;
                buffer.add(new Raw(reader.lineNumber(), text));
            }
            return List.copyOf(buffer);
        }

        long lineNumber() { return reader.lineNumber(); }

        boolean lastLineUnterminated() { return reader.lastLineUnterminated(); }
    }

    /**
     * gc lines that other output broke into pieces ({@link GctraceSplice}): rejoined when the pieces fit,
     * else skipped with a warning naming the lines; never a row problem, so the file is not refused.
     */
    private static final class Splices {
        private static final int NAMED = 10;      // broken lines named one by one in the warnings
        private static final int RECENT = 8;      // foreign lines remembered to recognise interrupting text
        /** Broken lines searched for their pieces per file; more are skipped unsearched (the search costs ~0.1 s each). */
        static final int SEARCHED = 200;

        private final ImportContext context;
        private final Set<Long> pieces = new HashSet<>();
        private final ArrayDeque<String> recentForeign = new ArrayDeque<>();
        private final List<Sentence> rejoined = new ArrayList<>();
        private int rejoinedCount;
        private int skippedCount;

        Splices(ImportContext context) {
            this.context = context;
        }

        boolean usedAsPiece(long line) {
            return pieces.remove(line);
        }

        void foreign(String plain) {
            recentForeign.addLast(plain);
            if (recentForeign.size() > RECENT) recentForeign.removeFirst();
        }

        void rejoin(long number, String gcText, List<Lines.Raw> ahead, Traces traces) throws ImportException {
            if (rejoinedCount + skippedCount >= SEARCHED) {
                context.skip();
                skippedCount++;
                return;
            }
            List<GctraceSplice.Line> next = new ArrayList<>();
            List<String> neighbours = new ArrayList<>(recentForeign);
            for (Lines.Raw r : ahead) {
                String plain = Text.stripAnsi(r.text());
                next.add(new GctraceSplice.Line(r.number(), plain));
                if (GctraceLine.start(plain) < 0) neighbours.add(plain);
            }
            try {
                GctraceSplice.Joined joined = GctraceSplice.join(new GctraceSplice.Line(number, gcText), next, neighbours);
                GcCycle cycle = GctraceLine.parse(joined.text(), number);
                traces.add(cycle, number);
                context.accept(FORMAT, number);
                joined.pieceLines().stream().skip(1).forEach(pieces::add);
                rejoinedCount++;
                if (rejoined.size() < NAMED) {
                    rejoined.add(Sentence.of("ingest.gctrace.rejoined-one", String.valueOf(cycle.number()),
                            joined.pieceLines().stream().map(String::valueOf).collect(Collectors.joining("+"))));
                }
            } catch (GctraceSplice.Unfit | RowProblem e) {
                context.skip();
                skippedCount++;
                if (skippedCount <= NAMED) {
                    Sentence reason = e instanceof RowProblem p ? Sentence.of("ingest.gctrace.rejoined-unreadable",
                            p.problem().message()) : ((GctraceSplice.Unfit) e).sentence();
                    context.warn(Sentence.of("ingest.gctrace.broken-skipped", String.valueOf(number), reason,
                            Text.quote(gcText)));
                }
            }
        }

        void report() {
            if (rejoinedCount > 0) {
                context.warn(Sentence.of(rejoinedCount > rejoined.size() ? "ingest.gctrace.rejoined-more" : "ingest.gctrace.rejoined",
                        String.valueOf(rejoinedCount),
                        // the cycles named one by one ("a, b, c"; not a prose list, which would end in "and")
                        Sentence.joined("ingest.gctrace.comma", rejoined)));
            }
            if (skippedCount > NAMED) {
                context.warn(Sentence.of(rejoinedCount + skippedCount > SEARCHED ? "ingest.gctrace.more-skipped-unsearched"
                        : "ingest.gctrace.more-skipped", String.valueOf(skippedCount - NAMED), String.valueOf(NAMED),
                        String.valueOf(SEARCHED)));
            }
        }
    }

    /** GOGC: the upload form's value wins; a differing value printed by the program is a warning. */
    private static String gogc(ImportContext context, String fromFile) {
        String hint = context.hint("gogc");
        if (hint == null || hint.isBlank()) return fromFile;
        String given = hint.strip();
        if (fromFile != null && !fromFile.equalsIgnoreCase(given)) {
            context.warn(Sentence.of("ingest.gctrace.gogc-form-differs", given, fromFile));
        }
        return given;
    }

    /** A skipped or rejected line whose fate waits until we know whether it was the cut-off last line. */
    private record Deferred(long line, String text, Problem problem) {
        static Deferred skip(long line, String text) { return new Deferred(line, text, null); }
        static Deferred reject(Problem problem, String text) { return new Deferred(problem.line(), text, problem); }

        void apply(ImportContext context) throws ImportException {
            if (problem == null) context.skip(FORMAT, line);
            else context.reject(problem);
        }
    }

    /** Collects cycles into one trace per process run and watches the numbering. */
    private static final class Traces {
        private final ImportContext context;
        private final List<List<GcCycle>> runs = new ArrayList<>();
        private final TreeSet<Integer> procs = new TreeSet<>();
        private GcCycle previous;
        private long missing;
        private long firstGapLine;

        Traces(ImportContext context) {
            this.context = context;
        }

        void add(GcCycle cycle, long line) throws RowProblem {
            if (previous == null || startsNewRun(cycle, line)) {
                runs.add(new ArrayList<>());
            } else {
                if (cycle.atSeconds() < previous.atSeconds()) {
                    throw new RowProblem(line, null, "time", Sentence.of("ingest.gctrace.time-after",
                            String.valueOf(previous.atSeconds()), String.valueOf(previous.number())),
                            "@" + cycle.atSeconds() + "s");
                }
                long gap = (long) cycle.number() - previous.number() - 1;
                if (gap > 0) {
                    if (missing == 0) firstGapLine = line;
                    missing += gap;
                }
            }
            runs.getLast().add(cycle);
            procs.add(cycle.procs());
            previous = cycle;
        }

        private boolean startsNewRun(GcCycle cycle, long line) throws RowProblem {
            if (cycle.number() > previous.number()) return false;
            if (cycle.number() == previous.number() && cycle.atSeconds() >= previous.atSeconds()) {
                throw new RowProblem(line, null, "cycle", Sentence.of("ingest.gctrace.cycle-after", String.valueOf(previous.number())),
                        Sentence.of("ingest.gctrace.cycle-again", String.valueOf(cycle.number())));
            }
            context.warn(Sentence.of("ingest.gctrace.new-process", String.valueOf(line), String.valueOf(cycle.number()),
                    String.valueOf(previous.number())));
            return true;
        }

        boolean isEmpty() {
            return runs.isEmpty();
        }

        List<GcTraceData> build(String gogc) throws ImportException {
            if (missing > 0) {
                context.warn(Sentence.of("ingest.gctrace.cycles-missing", String.valueOf(missing), String.valueOf(firstGapLine)));
            }
            Map<String, String> settings = new LinkedHashMap<>();
            if (gogc != null) settings.put("gogc", gogc);
            if (procs.size() == 1) {
                settings.put("gomaxprocs", procs.first().toString());
            } else {
                settings.put("gomaxprocs", procs.first() + ".." + procs.last());
                context.warn(Sentence.of("ingest.gctrace.procs-changed", procs.first().toString(), procs.last().toString()));
            }
            GcWindowHints.apply(context, settings, FORMAT);
            settings.forEach(context::setting);
            String label = context.hint("label");
            List<GcTraceData> traces = new ArrayList<>();
            for (int i = 0; i < runs.size(); i++) {
                String name = runs.size() == 1 ? label
                        : (label == null ? "" : label + " ") + "run " + (i + 1);
                traces.add(new GcTraceData(name, runs.get(i), settings));
            }
            return traces;
        }
    }
}
