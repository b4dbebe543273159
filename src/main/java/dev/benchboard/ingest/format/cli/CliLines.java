package dev.benchboard.ingest.format.cli;

import dev.benchboard.format.Sentence;
import dev.benchboard.ingest.model.ImportContext;
import dev.benchboard.ingest.model.ImportException;
import dev.benchboard.ingest.source.LineReader;
import dev.benchboard.ingest.source.Text;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a captured tool output, as the text importers read them: ANSI colour codes removed
 * (captured stderr streams carry them), and a last line without its newline withheld. The tools
 * read here always end their lines, so a missing final newline means the capture was cut off, and
 * the cut line may end mid-number ({@code Transfer/sec: 4.} for {@code 4.29MB}, an offset
 * {@code 0.29} for {@code 0.2987}): it is reported as a warning and not used.
 */
final class CliLines {

    private final LineReader reader;
    private final ImportContext context;

    CliLines(LineReader reader, ImportContext context) {
        this.reader = reader;
        this.context = context;
    }

    /** The next complete line without ANSI codes, or null at the end (or at a cut-off last line). */
    String next() throws IOException, ImportException {
        String line = nextRaw();
        return line == null ? null : Text.stripAnsi(line);
    }

    /** As {@link #next()} but with ANSI codes kept: for the CSV fast path, which checks them itself. */
    String nextRaw() throws IOException, ImportException {
        String line = reader.next();
        if (line == null) return null;
        if (reader.lastLineUnterminated()) {
            if (!line.isBlank()) context.warn(cutOff(reader.lineNumber(), line));
            return null;
        }
        return line;
    }

    /**
     * The first non-blank line, which must be the header a file of this format starts with (compared
     * stripped, by the given test); an empty file or another first line refuses the file.
     */
    String header(String format, String expected, java.util.function.Predicate<String> isHeader)
            throws IOException, ImportException {
        return header(format, Sentence.verbatim(expected), isHeader);
    }

    String header(String format, Sentence expected, java.util.function.Predicate<String> isHeader)
            throws IOException, ImportException {
        String line;
        do {
            line = next();
            if (line == null) throw ImportException.at(format, 1, expected, Sentence.of("ingest.upload.empty-found"));
        } while (line.isBlank());
        if (!isHeader.test(line.strip())) throw ImportException.at(format, lineNumber(), expected, Text.quote(line));
        return line;
    }

    /** The head's first non-blank line (as {@link #headLines} gives it), or "" when there is none. */
    static String firstHeadLine(String head) {
        for (String line : headLines(head, 20)) if (!line.isEmpty()) return line;
        return "";
    }

    long lineNumber() {
        return reader.lineNumber();
    }

    /** The warning for a cut-off line, showing its end (where the cut is) rather than its start. */
    static Sentence cutOff(long line, String text) {
        String s = Text.stripAnsi(text).strip();
        String shown = s.length() > 40 ? "…" + s.substring(s.length() - 39) : s;
        return Sentence.of("ingest.cli.cut-off", String.valueOf(line), Text.quote(shown));
    }

    /** The head's lines (as {@link #next()} would give them), for detection; at most maxLines. */
    static List<String> headLines(String head, int maxLines) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < head.length() && lines.size() < maxLines) {
            int end = head.indexOf('\n', start);
            if (end < 0) end = head.length();
            String line = head.substring(start, end);
            if (line.endsWith("\r")) line = line.substring(0, line.length() - 1);
            lines.add(Text.stripAnsi(line).strip());
            start = end + 1;
        }
        return lines;
    }
}
