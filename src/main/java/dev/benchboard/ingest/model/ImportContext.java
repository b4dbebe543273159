package dev.benchboard.ingest.model;

import dev.benchboard.format.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;

/**
 * What an importer reports besides its data: row problems (first 100 kept, all counted), warnings,
 * skipped foreign lines, accepted/rejected record counts, settings read from the file, and the row
 * limit. Also carries optional hints from the upload form (e.g. a chaos window).
 */
public final class ImportContext {

    public static final int KEPT_PROBLEMS = 100;

    private final ImportLimits limits;
    private final Map<String, String> hints;
    private final List<Problem> problems = new ArrayList<>();
    private long problemCount;
    private final List<Sentence> warnings = new ArrayList<>();
    private long skippedLines;
    private long accepted;
    private long rejected;
    private final Map<String, String> settings = new LinkedHashMap<>();

    public ImportContext(ImportLimits limits, Map<String, String> hints) {
        this.limits = limits;
        this.hints = hints == null ? Map.of() : Map.copyOf(hints);
    }

    public static ImportContext withDefaults() {
        return new ImportContext(ImportLimits.defaults(), Map.of());
    }

    public ImportLimits limits() { return limits; }

    /** A value the user gave in the upload form (e.g. windowStart, windowEnd, gogc), or null. */
    public String hint(String name) { return hints.get(name); }

    /** A record that could not be used; the record counts as rejected. */
    public void reject(Problem problem) {
        rejected++;
        problemCount++;
        if (problems.size() < KEPT_PROBLEMS) problems.add(problem);
    }

    /** A record that was used. Throws when the row limit is exceeded. */
    public void accept(String format, long line) throws ImportException {
        accepted++;
        if (accepted > limits.maxRows()) {
            throw ImportException.at(format, line, Sentence.of("ingest.context.row-limit", String.valueOf(limits.maxRows())),
                    Sentence.of("ingest.context.row-limit-found"));
        }
    }

    /** A line that is not the tool's (application log, ANSI noise): skipped and counted. */
    public void skip() { skippedLines++; }

    /** From this many skipped lines on, a file that is almost all foreign lines is refused (see {@link #skip(String, long)}). */
    public static final long SKIPPED_LINES_BEFORE_REFUSAL = 100_000;
    /** "Almost all": fewer than one line in this many was the tool's (or blank). */
    static final long FOREIGN_LINES_PER_TOOL_LINE = 10_000;

    /**
     * As {@link #skip()}, in an importer's line loop: once {@link #SKIPPED_LINES_BEFORE_REFUSAL} lines were skipped
     * and fewer than one line in {@link #FOREIGN_LINES_PER_TOOL_LINE} up to {@code line} was the tool's, the file is
     * refused there: it is not this tool's output (a compressed log, binary noise decoded as text …), and reading on
     * would only stop at the size limits, which for gzip are those of the decompressed text (gigabytes). Plain and
     * gzip files are treated alike. Real captures interleave far fewer foreign lines (a chatty service's log around
     * gctrace lines: hundreds per cycle).
     */
    public void skip(String format, long line) throws ImportException {
        skippedLines++;
        if (skippedLines >= SKIPPED_LINES_BEFORE_REFUSAL && (line - skippedLines) * FOREIGN_LINES_PER_TOOL_LINE < line) {
            long toolLines = Math.max(0, line - skippedLines);
            throw ImportException.at(format, line,
                    Sentence.of("ingest.context.foreign-expected", format, String.valueOf(FOREIGN_LINES_PER_TOOL_LINE)),
                    Sentence.of("ingest.context.foreign-found", String.valueOf(skippedLines), format, String.valueOf(toolLines)));
        }
    }

    /** A warning in our words, written in the reader's language; the same warning twice is kept once. */
    public void warn(Sentence warning) { if (!warnings.contains(warning)) warnings.add(warning); }

    /** A warning as English text (read verbatim in every language). */
    public void warn(String warning) { warn(Sentence.verbatim(warning)); }

    public void setting(String key, String value) { if (value != null) settings.put(key, value); }

    public List<Problem> problems() { return List.copyOf(problems); }
    public long problemCount() { return problemCount; }
    public List<Sentence> warnings() { return List.copyOf(warnings); }
    public long skippedLines() { return skippedLines; }
    public long accepted() { return accepted; }
    public long rejected() { return rejected; }
    public Map<String, String> settings() { return Map.copyOf(settings); }
}
