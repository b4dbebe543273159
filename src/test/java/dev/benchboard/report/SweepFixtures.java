package dev.benchboard.report;

import dev.benchboard.ingest.format.cli.WrkTextImporter;
import dev.benchboard.ingest.model.ImportContext;
import dev.benchboard.ingest.model.ImportLimits;
import dev.benchboard.ingest.model.ImportResult;
import dev.benchboard.evidence.RunData;
import dev.benchboard.ingest.source.TextSource;
import dev.benchboard.stats.capacity.SweepPoint;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The real concurrency sweeps under {@code fixtures/sweep/<server>/c<N>.txt} (wrk --latency against a tiny
 * JSON handler, see the README there), read through Benchboard's wrk importer the way an upload is.
 */
public final class SweepFixtures {

    /** wrk's connection counts, one file each. */
    public static final int[] LEVELS = {1, 2, 4, 8, 16, 32, 64, 128, 256};

    private SweepFixtures() {
    }

    /** The wrk run of one file. */
    public static RunData run(String server, int connections) {
        return file(server + "/c" + connections + ".txt");
    }

    /** The wrk run of one file under fixtures/sweep, e.g. {@code gin/runs/c8-r2.txt} (one of the three rounds). */
    public static RunData file(String path) {
        String fixture = "/fixtures/sweep/" + path;
        try (InputStream in = SweepFixtures.class.getResourceAsStream(fixture)) {
            if (in == null) throw new AssertionError("no fixture " + fixture);
            try (TextSource source = TextSource.open(in, ImportLimits.defaults(), null)) {
                ImportContext context = new ImportContext(ImportLimits.defaults(), Map.of());
                ImportResult result = new WrkTextImporter().parse(source, context);
                if (context.problemCount() > 0 || result.runs().size() != 1) {
                    throw new AssertionError(fixture + ": " + result.runs().size() + " runs, problems "
                            + context.problems());
                }
                return result.runs().getFirst();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new AssertionError(fixture + " did not import", e);
        }
    }

    /** N = connections, X = Requests/sec as printed, P99 = the 99% line of the Latency Distribution. */
    public static List<SweepPoint> points(String server) {
        List<SweepPoint> points = new ArrayList<>();
        for (int connections : LEVELS) {
            RunData run = run(server, connections);
            points.add(new SweepPoint(run.concurrency(), run.throughputRps(), run.percentileMs(99)));
        }
        return points;
    }
}
