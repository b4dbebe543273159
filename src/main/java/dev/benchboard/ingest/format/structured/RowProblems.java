package dev.benchboard.ingest.format.structured;

import dev.benchboard.format.Sentence;
import dev.benchboard.ingest.model.ImportContext;
import dev.benchboard.ingest.model.Problem;
import dev.benchboard.ingest.source.LineReader;

/**
 * Passes row problems to the context one row late, so that a broken <em>last</em> line of a file
 * that ends without a newline — a capture cut off mid-line — becomes a warning and a skipped line
 * instead of a row problem (formats.md: "report a truncated line as a warning").
 */
final class RowProblems {

    private final ImportContext context;
    private Problem pending;

    RowProblems(ImportContext context) {
        this.context = context;
    }

    void add(Problem problem) {
        flush();
        pending = problem;
    }

    /** Call after the last line was read. */
    void finish(LineReader lines) {
        finish(lines.lineNumber(), lines.lastLineUnterminated());
    }

    void finish(long lastLine, boolean lastLineUnterminated) {
        if (pending != null && lastLineUnterminated && pending.line() == lastLine) {
            context.skip();
            context.warn(Sentence.of("ingest.structured.warning.last-line-cut", String.valueOf(pending.line())));
            pending = null;
        }
        flush();
    }

    private void flush() {
        if (pending != null) {
            context.reject(pending);
            pending = null;
        }
    }
}
