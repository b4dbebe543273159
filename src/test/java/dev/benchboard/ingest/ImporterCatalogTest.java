package dev.benchboard.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchboard.ingest.model.Importer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Detection across ALL importers together (each importer's own tests only compete with its
 * siblings): every real fixture is detected as its own format, above the minimum confidence.
 */
class ImporterCatalogTest {

    private static final FormatRegistry REGISTRY = new FormatRegistry(ImporterCatalog.all());

    static Stream<Object[]> fixtures() {
        Map<String, String> expected = Map.ofEntries(
                Map.entry("wrk/latency-ok.txt", "wrk"), Map.entry("wrk/with-app-log.txt", "wrk"),
                Map.entry("wrk2", "wrk2"), Map.entry("hey-csv/ok.csv", "hey-csv"),
                Map.entry("hdr-percentiles", "hdr-percentiles"), Map.entry("go-bench/baseline.txt", "go-bench"),
                Map.entry("gc/healthy-gctrace.txt", "go-gctrace"), Map.entry("gc/leak-gc.csv", "gc-csv"),
                Map.entry("chaos/events.csv", "chaos-events-csv"), Map.entry("chaos/events.json", "chaos-events-json"),
                Map.entry("chaos/probe-log.csv", "probe-log-csv"), Map.entry("chaos/outage-table.csv", "outage-table-csv"),
                Map.entry("chaos/reported-summary.csv", "reported-summary-csv"), Map.entry("vegeta/report.json", "vegeta"),
                Map.entry("ab/ok.txt", "ab"), Map.entry("ab/with-progress.txt", "ab"), Map.entry("ab/truncated.txt", "ab"),
                Map.entry("ab-percentiles/ok.csv", "ab-percentiles"), Map.entry("ab-gnuplot/ok.tsv", "ab-gnuplot"),
                Map.entry("siege/ok.txt", "siege"), Map.entry("siege/flaky.txt", "siege"), Map.entry("siege/quiet.txt", "siege"),
                Map.entry("siege/ok.json", "siege"), Map.entry("siege/flaky.json", "siege"),
                Map.entry("siege-log/runs.csv", "siege-log"),
                Map.entry("autocannon/ok.json", "autocannon"), Map.entry("autocannon/flaky.json", "autocannon"),
                Map.entry("autocannon/appended.ndjson", "autocannon"),
                Map.entry("locust/full_stats.csv", "locust-stats"), Map.entry("locust/busy_stats.csv", "locust-stats"),
                Map.entry("locust/plain_stats_history.csv", "locust-history"),
                Map.entry("locust/full_stats_history.csv", "locust-history"),
                Map.entry("locust/truncated_stats_history.csv", "locust-history"),
                Map.entry("locust/full_failures.csv", "locust-failures"),
                Map.entry("jmh/modes.json", "jmh"), Map.entry("jmh/sample.json", "jmh"), Map.entry("jmh/truncated.json", "jmh"),
                Map.entry("gatling/simulation.log", "gatling-log"), Map.entry("gatling/with-junk.log", "gatling-log"),
                Map.entry("gatling/truncated.log", "gatling-log"), Map.entry("gatling/stats.json", "gatling-stats"));
        return expected.entrySet().stream().map(e -> new Object[] {e.getKey(), e.getValue()});
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("fixtures")
    void eachFixtureIsDetectedAsItsOwnFormat(String fixture, String format) throws IOException {
        Path path = Path.of("src/test/resources/fixtures").resolve(fixture);
        if (Files.isDirectory(path)) {
            try (Stream<Path> files = Files.list(path)) {
                path = files.filter(p -> !p.getFileName().toString().endsWith(".md")).sorted().findFirst().orElseThrow();
            }
        }
        String head = new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
        head = head.substring(0, Math.min(head.length(), UploadService.HEAD_CHARS));
        List<FormatRegistry.Candidate> ranked = REGISTRY.rank(head, null);
        assertThat(ranked).as(path.toString()).isNotEmpty();
        assertThat(ranked.getFirst().importer().format()).as(path + " ranked " + ranked.stream()
                .map(c -> c.importer().format() + "=" + c.confidence()).toList()).isEqualTo(format);
        assertThat(ranked.getFirst().confidence()).isGreaterThanOrEqualTo(FormatRegistry.MIN_CONFIDENCE);
        if (ranked.size() > 1) assertThat(ranked.get(1).confidence()).isLessThan(ranked.getFirst().confidence());
    }

    @ParameterizedTest
    @MethodSource("formats")
    void everyImporterHasAUniqueIdAndAVersion(Importer importer) {
        assertThat(REGISTRY.find(importer.format()).orElseThrow().getClass()).isEqualTo(importer.getClass());
        assertThat(importer.version()).isNotBlank();
    }

    static Stream<Importer> formats() {
        return ImporterCatalog.all().stream();
    }
}
