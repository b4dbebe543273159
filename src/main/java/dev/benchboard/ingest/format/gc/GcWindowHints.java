package dev.benchboard.ingest.format.gc;

import dev.benchboard.format.Sentence;
import dev.benchboard.ingest.model.ImportContext;
import dev.benchboard.ingest.model.ImportException;
import dev.benchboard.ingest.source.Text;
import java.util.Map;

/**
 * The GC steady window given with an upload (hints {@code gcWindowStart}, {@code gcWindowEnd}: seconds
 * since process start, gctrace's "@" clock), kept in the trace's settings under the same names, which
 * is where dev.benchboard.stats.gc.GcAnalyzer looks for a user's window.
 */
final class GcWindowHints {

    static final String START = "gcWindowStart";
    static final String END = "gcWindowEnd";

    private GcWindowHints() {
    }

    /** Adds the window to the settings; both or neither, 0 ≤ start < end, else the upload is refused. */
    static void apply(ImportContext context, Map<String, String> settings, String format) throws ImportException {
        String start = blankToNull(context.hint(START));
        String end = blankToNull(context.hint(END));
        if (start == null && end == null) return;
        if (start == null || end == null) {
            throw ImportException.at(format, 0, Sentence.of("ingest.gc.window-both"),
                    Sentence.of("ingest.gc.window-only", start == null ? END : START));
        }
        double s = seconds(start, START, format);
        double e = seconds(end, END, format);
        if (e <= s) {
            throw ImportException.at(format, 0, Sentence.of("ingest.gc.window-order"), start + "–" + end + " s");
        }
        settings.put(START, start);
        settings.put(END, end);
    }

    private static double seconds(String value, String name, String format) throws ImportException {
        try {
            double v = Double.parseDouble(value);
            if (Double.isFinite(v) && v >= 0) return v;
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw ImportException.at(format, 0, Sentence.of("ingest.gc.window-seconds", name), Text.quote(value));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
