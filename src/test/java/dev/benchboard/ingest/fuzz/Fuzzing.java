package dev.benchboard.ingest.fuzz;

import dev.benchboard.ingest.ImporterCatalog;
import dev.benchboard.ingest.model.ImportContext;
import dev.benchboard.ingest.model.ImportException;
import dev.benchboard.ingest.model.ImportLimits;
import dev.benchboard.ingest.model.ImportResult;
import dev.benchboard.ingest.model.Importer;
import dev.benchboard.ingest.source.LimitExceededException;
import dev.benchboard.ingest.source.TextSource;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.nio.charset.CharacterCodingException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.ZipException;

/**
 * Runs one fuzz input through the real import path — {@link TextSource#open} with small limits, then
 * {@link Importer#parse} or {@link Importer#detect} on the head — and turns anything but a result or a
 * clean error into an {@link AssertionError} naming the importer and the input.
 *
 * <p>Clean errors are what the upload service answers with a message instead of a 500: an
 * {@link ImportException} (format, line, what was expected), and the input-level failures it maps
 * itself — a limit exceeded (413), text that is not UTF-8, corrupt or truncated gzip (422). Every
 * other throwable (NPE, index or arithmetic errors, IllegalArgumentException from HdrHistogram,
 * NumberFormatException, StackOverflowError, OutOfMemoryError …) is a crash. Each call runs on a worker
 * thread and must finish within {@link #TIME_BOUND_MS}; a hang fails the property.
 */
final class Fuzzing {

    /** Small limits keep each try fast and make the limit paths reachable. */
    static final ImportLimits LIMITS = new ImportLimits(8L << 20, 100_000, 16 * 1024, 4L << 20);
    static final long TIME_BOUND_MS = Long.getLong("benchboard.fuzz.timeoutMillis", 2_000);
    /** As UploadService.HEAD_CHARS: what detection sees of a file. */
    static final int HEAD_CHARS = 64 * 1024;
    static final List<Importer> IMPORTERS = ImporterCatalog.all();

    /** The input-level failures the upload service reports cleanly (see UploadService.parse). */
    private static final List<Class<? extends Exception>> CLEAN_INPUT_FAILURES = List.of(
            LimitExceededException.class, CharacterCodingException.class, ZipException.class, EOFException.class);

    /** Longest error message a user should have to read: found values are quoted, not echoed whole. */
    static final int MAX_MESSAGE_CHARS = 1_000;

    private static ExecutorService worker = newWorker();

    static {
        warmUp();
    }

    private Fuzzing() {
    }

    /**
     * Parses every fixture once without the time bound: the first use of an importer loads its
     * classes (Jackson's mapper, regexes …), which on a loaded machine can take longer than the bound
     * allows a try. Outcomes are ignored here; FuzzHarnessTest checks them.
     */
    private static void warmUp() {
        for (FuzzFixtures.Fixture fixture : FuzzFixtures.all()) {
            for (Importer importer : IMPORTERS) {
                if (!importer.format().equals(fixture.format())) continue;
                try (TextSource source = TextSource.open(new ByteArrayInputStream(fixture.bytes()), LIMITS, null)) {
                    importer.parse(source, new ImportContext(LIMITS, Map.of()));
                    importer.detect(new String(fixture.bytes(), java.nio.charset.StandardCharsets.UTF_8));
                } catch (Exception | StackOverflowError ignored) {
                    // judged by the harness test, not here
                }
            }
        }
    }

    /** What one import gave. */
    sealed interface Outcome permits Parsed, Refused { }

    record Parsed(ImportResult result, ImportContext context) implements Outcome { }

    record Refused(Exception error) implements Outcome { }

    /** Parses the input with the importer; a result or a clean error, else an AssertionError. */
    static Outcome parse(Importer importer, byte[] input) {
        return parse(importer, input, Map.of());
    }

    /** As {@link #parse(Importer, byte[])} with hints from the upload form (a window, a unit, a rate …). */
    static Outcome parse(Importer importer, byte[] input, Map<String, String> hints) {
        return parse(importer, input, hints, LIMITS);
    }

    /** As {@link #parse(Importer, byte[])} with other limits, e.g. the production line length. */
    static Outcome parse(Importer importer, byte[] input, Map<String, String> hints, ImportLimits limits) {
        Object outcome = bounded(importer.format() + " parse", input, () -> {
            ImportContext context = new ImportContext(limits, hints);
            try (TextSource source = TextSource.open(new ByteArrayInputStream(input), limits, null)) {
                return new Parsed(importer.parse(source, context), context);
            }
        });
        if (outcome instanceof Parsed parsed) {
            ResultInvariants.check(importer, parsed.result(), parsed.context(), describe(input));
            return parsed;
        }
        Throwable error = (Throwable) outcome;
        assertClean(importer, error, input);
        return new Refused((Exception) error);
    }

    /** Every importer's detect() on the head of the input: a confidence 0..100, never an exception. */
    static void detectAll(byte[] input) {
        Object head = bounded("reading the head", input, () -> head(input));
        if (head instanceof Throwable t) throw crash("reading the head for detection", t, input);
        for (Importer importer : IMPORTERS) {
            Object confidence = bounded(importer.format() + " detect", input, () -> importer.detect((String) head));
            if (confidence instanceof Throwable t) throw crash(importer.format() + " detect", t, input);
            int c = (Integer) confidence;
            if (c < 0 || c > 100) {
                throw new AssertionError(importer.format() + " detect returned " + c + ", not 0..100, on " + describe(input));
            }
        }
    }

    /** Parse with every importer (a user may choose any format) and run detection. */
    static void everyImporter(byte[] input) {
        for (Importer importer : IMPORTERS) parse(importer, input);
        detectAll(input);
    }

    /** The head as the upload service reads it for detection. */
    private static String head(byte[] input) throws Exception {
        return TextSource.head(new ByteArrayInputStream(input), LIMITS, HEAD_CHARS);
    }

    private static void assertClean(Importer importer, Throwable error, byte[] input) {
        if (error instanceof ImportException e) {
            String where = importer.format() + " refused with '" + e.getMessage() + "'";
            if (!importer.format().equals(e.format())) {
                throw new AssertionError(where + " naming format '" + e.format() + "' on " + describe(input), e);
            }
            if (e.expected() == null || e.expected().english().isBlank() || e.line() < 0) {
                throw new AssertionError(where + " without what was expected or with line " + e.line()
                        + " on " + describe(input), e);
            }
            if (e.getMessage().length() > MAX_MESSAGE_CHARS) {
                throw new AssertionError(importer.format() + " refused with a message of " + e.getMessage().length()
                        + " chars on " + describe(input), e);
            }
            return;
        }
        if (error instanceof Exception e && isCleanInputFailure(e)) return;
        throw crash(importer.format() + " parse", error, input);
    }

    private static boolean isCleanInputFailure(Exception e) {
        return CLEAN_INPUT_FAILURES.stream().anyMatch(type -> type.isInstance(e));
    }

    private static AssertionError crash(String what, Throwable t, byte[] input) {
        return new AssertionError(what + " crashed with " + t + " on " + describe(input), t);
    }

    /**
     * Runs the task on the worker within the time bound: its value, or the throwable it ended with.
     * A task that overruns fails here; its thread is abandoned (a daemon) and a fresh worker is used.
     */
    private static Object bounded(String what, byte[] input, Callable<?> task) {
        Future<?> future = worker.submit(task);
        try {
            return future.get(TIME_BOUND_MS, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (TimeoutException e) {
            future.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            throw new AssertionError(what + " did not finish within " + TIME_BOUND_MS + " ms (a hang?) on " + describe(input));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(null, r, "fuzz-worker", 0);
            t.setDaemon(true);
            return t;
        });
    }

    /** The input for a failure message: its size and a printable start (control bytes escaped). */
    static String describe(byte[] input) {
        StringBuilder s = new StringBuilder().append(input.length).append(" bytes \"");
        int shown = Math.min(input.length, 300);
        for (int i = 0; i < shown; i++) {
            int b = input[i] & 0xff;
            if (b == '\n') s.append("\\n");
            else if (b == '\\') s.append("\\\\");
            else if (b == '"') s.append("\\\"");
            else if (b >= 0x20 && b < 0x7f) s.append((char) b);
            else s.append(String.format("\\x%02x", b));
        }
        return s.append(input.length > shown ? "\"…" : "\"").toString();
    }
}
