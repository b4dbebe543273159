package dev.benchboard.ingest.format.cli;

import dev.benchboard.format.Sentence;
import dev.benchboard.ingest.model.ImportContext;
import dev.benchboard.ingest.model.ImportException;
import dev.benchboard.evidence.RunDataBuilder;
import dev.benchboard.ingest.source.Text;
import java.util.Locale;

/**
 * The load the user stated on the upload (hints {@code concurrency} and {@code rate}) for tools that do
 * not print it: hey never prints its -c, wrk2 never its -R. A stated value fills the run's concurrency
 * (or rate setting) and the run's settings say it was stated ({@code concurrency_source} /
 * {@code rate_source} = {@value #STATED}), so a reader can tell a printed load from a typed one. Where the
 * tool printed the load itself, the printed value wins and a differing statement is a warning.
 *
 * @param concurrency connections / workers the user stated, or null
 * @param rate        requests per second the user stated, or null
 */
public record StatedLoad(Double concurrency, Double rate) {

    public static final String CONCURRENCY = "concurrency";
    public static final String RATE = "rate";
    public static final String CONCURRENCY_SOURCE = "concurrency_source";
    public static final String RATE_SOURCE = "rate_source";
    public static final String STATED = "stated on upload";

    /** The hints of the upload; a value that is not a positive number refuses the file (nothing is stored). */
    public static StatedLoad read(ImportContext context, String format) throws ImportException {
        return new StatedLoad(positive(context, CONCURRENCY, format, Sentence.of("ingest.stated.concurrency"), true),
                positive(context, RATE, format, Sentence.of("ingest.stated.rate"), false));
    }

    private static Double positive(ImportContext context, String name, String format, Sentence expected, boolean whole)
            throws ImportException {
        String text = context.hint(name);
        if (text == null || text.isBlank()) return null;
        double value;
        try {
            value = Double.parseDouble(text.strip().toLowerCase(Locale.ROOT).replaceFirst("\\s*/\\s*s$", ""));
        } catch (NumberFormatException e) {
            value = Double.NaN;
        }
        if (!(value > 0) || Double.isInfinite(value) || (whole && (value != Math.rint(value) || value < 1))) {
            throw new ImportException(format, 0, null, name + " (upload setting)", expected, Text.quote(text));
        }
        return value;
    }

    /**
     * Fills the run's load: the printed concurrency when the tool printed one (a differing stated value is
     * a warning), else the stated one; a stated rate goes into the run's {@code rate} setting.
     */
    public void apply(RunDataBuilder run, Double printedConcurrency, String tool, ImportContext context) {
        if (printedConcurrency != null) {
            run.concurrency(printedConcurrency);
            if (concurrency != null && !concurrency.equals(printedConcurrency)) {
                context.warn(Sentence.of("ingest.stated.concurrency-differs", plain(concurrency), tool, plain(printedConcurrency)));
            }
        } else if (concurrency != null) {
            run.concurrency(concurrency).setting(CONCURRENCY, plain(concurrency)).setting(CONCURRENCY_SOURCE, STATED);
            context.setting(CONCURRENCY, plain(concurrency));
            context.setting(CONCURRENCY_SOURCE, STATED);
        }
        if (rate != null) {
            run.setting(RATE, plain(rate)).setting(RATE_SOURCE, STATED);
            context.setting(RATE, plain(rate));
            context.setting(RATE_SOURCE, STATED);
        }
    }

    boolean isEmpty() {
        return concurrency == null && rate == null;
    }

    static String plain(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
