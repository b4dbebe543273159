package dev.benchboard.ingest.format.cli;

import dev.benchboard.format.Sentence;
import dev.benchboard.ingest.model.ImportContext;
import dev.benchboard.evidence.Latencies;
import dev.benchboard.ingest.model.Problem;
import dev.benchboard.ingest.source.Text;

/**
 * Checks a parsed value and, when it is unusable, reports a row problem naming the line, the field
 * and what was expected. NaN, infinities, negative values and values beyond what a load test can
 * produce (a latency over the 1 h histogram range, a percentage over 100) are problems, never crashes.
 */
final class ValueCheck {

    static final double MAX_LATENCY_MS = Latencies.HIGHEST_US / 1000.0;

    private final ImportContext context;

    ValueCheck(ImportContext context) {
        this.context = context;
    }

    /** A latency in ms, or null (with a problem) when it is not a non-negative value up to 1 h. */
    Double latencyMs(double ms, long line, String field, String found) {
        if (!Double.isFinite(ms) || ms < 0) {
            return reject(line, field, Sentence.of("ingest.cli.non-negative-time"), found);
        }
        if (ms > MAX_LATENCY_MS) {
            return reject(line, field, Sentence.of("ingest.cli.latency-max"), found);
        }
        return ms;
    }

    /** A non-negative finite value, or null with a problem. */
    Double nonNegative(double value, long line, String field, String expected, String found) {
        return nonNegative(value, line, field, Sentence.verbatim(expected), found);
    }

    Double nonNegative(double value, long line, String field, Sentence expected, String found) {
        if (!Double.isFinite(value) || value < 0) return reject(line, field, expected, found);
        return value;
    }

    /** A percentage 0..100, or null with a problem. */
    Double percent(double value, long line, String field, String found) {
        if (!Double.isFinite(value) || value < 0 || value > 100) {
            return reject(line, field, Sentence.of("ingest.cli.percentage"), found);
        }
        return value;
    }

    /** A non-negative whole count, or null with a problem. */
    Long count(String text, long line, String field) {
        long value = Counts.parse(text);
        if (value < 0) {
            reject(line, field, Sentence.of("ingest.cli.whole-number"), text);
            return null;
        }
        return value;
    }

    /** A problem whose found value is text from the file (quoted in the message). */
    Double reject(long line, String field, String expected, String found) {
        return reject(line, field, Sentence.verbatim(expected), found);
    }

    Double reject(long line, String field, Sentence expected, String found) {
        context.reject(new Problem(line, null, field, expected, Text.quote(found)));
        return null;
    }

    /** A problem whose found value is a description, not text from the file (e.g. "2 values"). */
    void rejectDescribed(long line, String field, String expected, String found) {
        context.reject(new Problem(line, null, field, expected, found));
    }

    /** As {@link #rejectDescribed(long, String, String, String)}, in the reader's language. */
    void rejectDescribed(long line, String field, Sentence expected, Sentence found) {
        context.reject(new Problem(line, null, field, expected, found));
    }
}
