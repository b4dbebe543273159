package dev.benchboard.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchboard.evaluation.StatisticsSettings;
import dev.benchboard.evidence.Evidence;
import dev.benchboard.ingest.format.cli.AbTextImporter;
import dev.benchboard.ingest.format.cli.SiegeTextImporter;
import dev.benchboard.ingest.model.ImportContext;
import dev.benchboard.ingest.model.ImportLimits;
import dev.benchboard.ingest.model.Importer;
import dev.benchboard.evidence.RunData;
import dev.benchboard.ingest.source.TextSource;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** ab and siege runs (real fixtures) are named in the report's per-tool coordinated-omission wording. */
class AbSiegeCoordinatedOmissionTest {

    @Test
    void abAndSiegeAreClosedLoopAndNotCorrected() throws Exception {
        LatencySection ab = LatencySection.of("A", List.of(item(new AbTextImporter(), "ab/ok.txt")), StatisticsSettings.defaults());
        assertThat(english(ab.warnings())).contains("ab is closed-loop and does not correct coordinated omission: latencies exclude"
                + " the time requests waited to be sent, so tails may be understated");
        // siege prints no percentiles, but a request count, a duration and a mean: its run is a load test with a
        // latency section (throughput and mean, no percentiles), worded for the tool.
        LatencySection siegeSection = LatencySection.of("A", List.of(item(new SiegeTextImporter(), "siege/quiet.txt")),
                StatisticsSettings.defaults());
        assertThat(siegeSection).isNotNull();
        assertThat(english(siegeSection.warnings())).contains("siege is closed-loop and does not correct coordinated omission:"
                + " latencies exclude the time requests waited to be sent, so tails may be understated");
        LoadGenerator siege = LoadGenerator.of("siege", true);
        assertThat(siege.coordinatedOmission().describe(siege.name()).english()).isEqualTo("siege is closed-loop and does not correct"
                + " coordinated omission: latencies exclude the time requests waited to be sent, so tails may be understated");
    }

    @Test
    void theirPrintedThroughputIsTheTools() {
        assertThat(LoadGenerator.of("ab", true).printsThroughput()).isTrue();
        assertThat(LoadGenerator.of("siege-log", true).printsThroughput()).isTrue();
        assertThat(LoadGenerator.of("ab-gnuplot", true).printsThroughput()).isFalse();
    }

    private static Evidence.RunItem item(Importer importer, String path) throws Exception {
        try (InputStream in = AbSiegeCoordinatedOmissionTest.class.getResourceAsStream("/fixtures/" + path);
             TextSource source = TextSource.open(in, ImportLimits.defaults(), null)) {
            RunData run = importer.parse(source, new ImportContext(ImportLimits.defaults(), Map.of())).runs().getFirst();
            return new Evidence.RunItem(new Evidence.Source(1, path, importer.format(), "0".repeat(64), Instant.EPOCH, null, false), 1, run);
        }
    }

    /** The sentences as the API writes them. */
    private static java.util.List<String> english(java.util.List<dev.benchboard.format.Sentence> sentences) {
        return sentences.stream().map(dev.benchboard.format.Sentence::english).toList();
    }
}
