package dev.benchboard.ingest.format.cli;

import dev.benchboard.ingest.model.ImportContext;
import dev.benchboard.ingest.model.ImportLimits;
import dev.benchboard.ingest.model.ImportResult;
import dev.benchboard.ingest.model.Importer;
import dev.benchboard.evidence.Percentile;
import dev.benchboard.evidence.RunData;
import dev.benchboard.ingest.source.TextSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Loads fixtures (src/test/resources/fixtures, made by src/test/fixtures-tools) and runs importers on them. */
final class CliFixtures {

    static final List<Importer> IMPORTERS = List.of(new WrkTextImporter(), new Wrk2TextImporter(), new HeyTextImporter(),
            new HeyCsvImporter(), new HdrPercentileImporter(), new GoBenchImporter(), new AbTextImporter(),
            new AbPercentileCsvImporter(), new AbGnuplotTsvImporter(), new SiegeTextImporter(), new SiegeLogCsvImporter());

    private CliFixtures() {
    }

    record Parsed(ImportResult result, ImportContext context) {
        RunData run() {
            if (result.runs().size() != 1) throw new AssertionError("expected one run, got " + result.runs().size());
            return result.runs().getFirst();
        }

        double percentile(double p) {
            return run().percentiles().stream().filter(x -> x.percentile() == p).map(Percentile::valueMs)
                    .findFirst().orElseThrow(() -> new AssertionError("no percentile " + p));
        }

        List<String> problemMessages() {
            return context.problems().stream().map(p -> p.message().english()).toList();
        }
    }

    static byte[] bytes(String resource) {
        try (InputStream in = CliFixtures.class.getResourceAsStream("/fixtures/" + resource)) {
            if (in == null) throw new IllegalArgumentException("no fixture " + resource);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String resource) {
        return new String(bytes(resource), StandardCharsets.UTF_8);
    }

    /** What the upload service passes to detect(): the first 64 KiB. */
    static String head(String resource) {
        byte[] b = bytes(resource);
        return new String(Arrays.copyOf(b, Math.min(b.length, 64 * 1024)), StandardCharsets.UTF_8);
    }

    static Parsed parse(Importer importer, String resource) throws Exception {
        return parse(importer, bytes(resource), Map.of());
    }

    static Parsed parseText(Importer importer, String text) throws Exception {
        return parse(importer, text.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    static Parsed parse(Importer importer, byte[] bytes, Map<String, String> hints) throws Exception {
        ImportContext context = new ImportContext(ImportLimits.defaults(), hints);
        try (TextSource source = TextSource.open(new ByteArrayInputStream(bytes), ImportLimits.defaults(), null)) {
            return new Parsed(importer.parse(source, context), context);
        }
    }
}
