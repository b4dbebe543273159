package dev.benchboard.ingest.format.fields;

import dev.benchboard.ingest.model.ImportContext;
import dev.benchboard.ingest.model.ImportLimits;
import dev.benchboard.ingest.model.ImportResult;
import dev.benchboard.ingest.model.Importer;
import dev.benchboard.ingest.source.TextSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Test helper: runs an importer over a fixture or a string and keeps the context for assertions. */
public record ImportRun(ImportResult result, ImportContext context) {

    public static ImportRun of(Importer importer, String text) throws Exception {
        return of(importer, text, Map.of());
    }

    public static ImportRun of(Importer importer, String text, Map<String, String> hints) throws Exception {
        return run(importer, text.getBytes(StandardCharsets.UTF_8), hints);
    }

    /** Raw bytes, e.g. ones that are not UTF-8. */
    public static ImportRun ofBytes(Importer importer, byte[] bytes) throws Exception {
        return run(importer, bytes, Map.of());
    }

    public static ImportRun fixture(Importer importer, String path) throws Exception {
        return fixture(importer, path, Map.of());
    }

    public static ImportRun fixture(Importer importer, String path, Map<String, String> hints) throws Exception {
        return run(importer, bytes(path), hints);
    }

    /** A test resource under /fixtures/ as text. */
    public static String text(String path) {
        return new String(bytes(path), StandardCharsets.UTF_8);
    }

    /** The first 64 KiB of a fixture, as detection sees it. */
    public static String head(String path) {
        String all = text(path);
        return all.length() > 65_536 ? all.substring(0, 65_536) : all;
    }

    private static byte[] bytes(String path) {
        try (InputStream in = ImportRun.class.getResourceAsStream("/fixtures/" + path)) {
            if (in == null) throw new IllegalArgumentException("no fixture " + path);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ImportRun run(Importer importer, byte[] bytes, Map<String, String> hints) throws Exception {
        ImportContext context = new ImportContext(ImportLimits.defaults(), hints);
        try (TextSource source = TextSource.open(new ByteArrayInputStream(bytes), ImportLimits.defaults(), null)) {
            return new ImportRun(importer.parse(source, context), context);
        }
    }
}
