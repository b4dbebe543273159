package dev.benchboard.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchboard.evidence.RunData;
import dev.benchboard.ingest.FormatRegistry;
import dev.benchboard.ingest.ImporterCatalog;
import dev.benchboard.ingest.model.ImportContext;
import dev.benchboard.ingest.model.ImportLimits;
import dev.benchboard.ingest.source.TextSource;
import dev.benchboard.stats.latency.CoordinatedOmission;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The tools added after the first catalogue, read from their real fixtures (each directory's README says how they
 * were made) through their importers, the way an upload is: each gets its name, its stance on coordinated omission
 * and whether its printed throughput is used (they all came out as "the load generator" before, open-loop for JMH
 * and Gatling, closed-loop-unknown for the others).
 */
class LoadGeneratorTest {

    private static final FormatRegistry FORMATS = new FormatRegistry(ImporterCatalog.all());

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // fixture,                        format,           tool,                     coordinated omission, printed throughput
            "locust/plain_stats.csv,           locust-stats,     Locust,                   NOT_CORRECTED, true",
            "locust/plain_stats_history.csv,   locust-history,   Locust,                   NOT_CORRECTED, false",
            "autocannon/ok.json,               autocannon,       autocannon,               NOT_CORRECTED, true",
            "gatling/stats.json,               gatling-stats,    Gatling (open injection), OPEN_LOOP,     true",
            "gatling/simulation.log,           gatling-log,      Gatling (open injection), OPEN_LOOP,     false",
            "jmh/sample.json,                  jmh,              JMH,                      NOT_CORRECTED, false",
    })
    void eachToolHasItsEntry(String fixture, String format, String tool, CoordinatedOmission omission, boolean printed)
            throws Exception {
        for (RunData run : runs(fixture, format)) {
            LoadGenerator generator = LoadGenerator.of(format, run.coordinatedOmission());
            assertThat(generator.name()).isEqualTo(tool);
            assertThat(generator.coordinatedOmission()).isEqualTo(omission);
            assertThat(generator.printsThroughput()).isEqualTo(printed);
            if (printed) assertThat(run.throughputRps()).as("the figure the tool printed is there to use").isNotNull();
        }
    }

    private static List<RunData> runs(String fixture, String format) throws Exception {
        try (InputStream in = Files.newInputStream(Path.of("src/test/resources/fixtures", fixture));
             TextSource source = TextSource.open(in, ImportLimits.defaults(), null)) {
            ImportContext context = new ImportContext(ImportLimits.defaults(), Map.of());
            List<RunData> runs = FORMATS.find(format).orElseThrow().parse(source, context).runs();
            assertThat(runs).as(fixture).isNotEmpty();
            return runs;
        }
    }
}
