package dev.benchboard.report;

import dev.benchboard.evidence.Evidence;
import dev.benchboard.ingest.format.cli.HeyCsvImporter;
import dev.benchboard.ingest.format.cli.HeyTextImporter;
import dev.benchboard.ingest.format.cli.WrkTextImporter;
import dev.benchboard.ingest.model.ImportContext;
import dev.benchboard.ingest.model.ImportLimits;
import dev.benchboard.ingest.model.ImportResult;
import dev.benchboard.ingest.model.Importer;
import dev.benchboard.evidence.RunData;
import dev.benchboard.ingest.source.TextSource;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The real runs under {@code fixtures/regression} (hey and wrk against fixtures-tools/regression, see the
 * README there) read through Benchboard's importers the way an upload is, with the upload's hints, as
 * evidence items: one upload per file, uploaded one minute apart in the order given.
 */
final class RegressionFixtures {

    private RegressionFixtures() {
    }

    /** The run of one fixture file, e.g. {@code regression/repeated/hey-baseline-1.txt}. */
    static RunData run(String path, Map<String, String> hints) {
        String fixture = "/fixtures/" + path;
        Importer importer = path.endsWith(".csv") ? new HeyCsvImporter()
                : path.contains("/hey-") ? new HeyTextImporter() : new WrkTextImporter();
        try (InputStream in = RegressionFixtures.class.getResourceAsStream(fixture)) {
            if (in == null) throw new AssertionError("no fixture " + fixture);
            try (TextSource source = TextSource.open(in, ImportLimits.defaults(), null)) {
                ImportContext context = new ImportContext(ImportLimits.defaults(), hints);
                ImportResult result = importer.parse(source, context);
                if (context.problemCount() > 0 || result.runs().size() != 1) {
                    throw new AssertionError(fixture + ": " + result.runs().size() + " runs, problems " + context.problems());
                }
                return result.runs().getFirst();
            }
        } catch (Exception e) {
            throw new AssertionError(fixture + " did not import", e);
        }
    }

    /** The five runs {@code regression/repeated/<tool>-<build>-1…5.txt}. */
    static List<String> repeated(String tool, String build) {
        List<String> paths = new ArrayList<>();
        for (int i = 1; i <= 5; i++) paths.add("regression/repeated/" + tool + "-" + build + "-" + i + ".txt");
        return paths;
    }

    /** Evidence items of the files, in upload order; ids start at {@code firstId}. */
    static List<Evidence.RunItem> items(List<String> paths, Map<String, String> hints, long firstId) {
        List<Evidence.RunItem> items = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            String path = paths.get(i);
            String format = path.endsWith(".csv") ? HeyCsvImporter.FORMAT
                    : path.contains("/hey-") ? HeyTextImporter.FORMAT : WrkTextImporter.FORMAT;
            long id = firstId + i;
            items.add(new Evidence.RunItem(new Evidence.Source(id, path.substring(path.lastIndexOf('/') + 1), format,
                    "0".repeat(64), Instant.parse("2026-12-07T12:00:00Z").plusSeconds(60 * id), null, false), id,
                    run(path, hints)));
        }
        return items;
    }
}
