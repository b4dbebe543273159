package dev.benchboard.ingest.format.structured;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchboard.ingest.model.ImportContext;
import dev.benchboard.ingest.model.ImportException;
import dev.benchboard.ingest.model.ImportLimits;
import dev.benchboard.ingest.model.ImportResult;
import dev.benchboard.ingest.model.Importer;
import dev.benchboard.evidence.Percentile;
import dev.benchboard.evidence.RunData;
import dev.benchboard.ingest.source.TextSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What an importer made of a fixture or a text, with its context; helpers for the assertions. */
record Imported(ImportResult result, ImportContext context) {

    static final String FIXTURES = "/fixtures/";

    static Imported fixture(Importer importer, String resource) throws IOException, ImportException {
        try (InputStream in = open(resource);
             TextSource source = TextSource.open(in, ImportLimits.defaults(), null)) {
            ImportContext context = ImportContext.withDefaults();
            return new Imported(importer.parse(source, context), context);
        }
    }

    static Imported text(Importer importer, String text) throws IOException, ImportException {
        return bytes(importer, text.getBytes(StandardCharsets.UTF_8));
    }

    static Imported bytes(Importer importer, byte[] bytes) throws IOException, ImportException {
        try (TextSource source = TextSource.open(new ByteArrayInputStream(bytes), ImportLimits.defaults(), null)) {
            ImportContext context = new ImportContext(ImportLimits.defaults(), Map.of());
            return new Imported(importer.parse(source, context), context);
        }
    }

    /** The head an upload service would pass to detect(): up to 64 KiB of decoded text, BOM removed. */
    static String head(String resource) throws IOException {
        try (InputStream in = open(resource);
             TextSource source = TextSource.open(in, ImportLimits.defaults(), null)) {
            Reader reader = source.reader();
            char[] buffer = new char[64 * 1024];
            int n = 0;
            for (int r; n < buffer.length && (r = reader.read(buffer, n, buffer.length - n)) > 0; ) n += r;
            return new String(buffer, 0, n);
        }
    }

    private static InputStream open(String resource) {
        return Objects.requireNonNull(Imported.class.getResourceAsStream(FIXTURES + resource), resource);
    }

    RunData run() {
        assertThat(result.runs()).hasSize(1);
        return result.runs().getFirst();
    }

    RunData run(String label) {
        return result.runs().stream().filter(r -> label.equals(r.label())).findFirst()
                .orElseThrow(() -> new AssertionError("no run " + label + " in " + labels()));
    }

    List<String> labels() {
        return result.runs().stream().map(RunData::label).toList();
    }

    static Percentile percentile(RunData run, double p) {
        return run.percentiles().stream().filter(x -> x.percentile() == p).findFirst()
                .orElseThrow(() -> new AssertionError("no P" + p + " in " + run.percentiles()));
    }

    /**
     * A histogram percentile against the nearest-rank value of the µs-rounded samples: HdrHistogram
     * reports the highest value of the sample's bucket, at most one bucket width (≤ 1/1024 of the
     * value, 3 significant digits) above it, never below.
     */
    static void assertHistogramPercentile(RunData run, double p, double nearestRankMs) {
        double actual = percentile(run, p).valueMs();
        assertThat(actual).as("P%s", p).isBetween(nearestRankMs, nearestRankMs * (1 + 1.0 / 1024) + 0.001);
    }
}
