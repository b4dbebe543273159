package dev.benchboard.ingest.format.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchboard.ingest.format.fields.ImportRun;
import dev.benchboard.ingest.format.gc.GcCsvImporter;
import dev.benchboard.ingest.format.gc.GoGctraceImporter;
import dev.benchboard.ingest.model.Importer;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every GC and chaos fixture is recognised by its own importer, and only by it, from its head alone. */
class DetectionTest {

    private static final List<Importer> IMPORTERS = List.of(new GoGctraceImporter(), new GcCsvImporter(),
            new ChaosEventsCsvImporter(), new ChaosEventsJsonImporter(), new ProbeLogCsvImporter(),
            new OutageTableCsvImporter(), new ReportedSummaryCsvImporter(), new LitmusChaosResultImporter());

    private static final Map<String, String> FIXTURE_FORMAT = Map.ofEntries(
            Map.entry("gc/healthy-gctrace.txt", "go-gctrace"),
            Map.entry("gc/leak-gctrace.txt", "go-gctrace"),
            Map.entry("gc/gogc50-gctrace.txt", "go-gctrace"),
            Map.entry("gc/ansi-pacer-gctrace.txt", "go-gctrace"),
            Map.entry("gc/truncated-gctrace.txt", "go-gctrace"),
            Map.entry("gc/leak-gc.csv", "gc-csv"),
            Map.entry("chaos/events.csv", "chaos-events-csv"),
            Map.entry("chaos/events.json", "chaos-events-json"),
            Map.entry("chaos/probe-log.csv", "probe-log-csv"),
            Map.entry("chaos/outage-table.csv", "outage-table-csv"),
            Map.entry("chaos/reported-summary.csv", "reported-summary-csv"),
            Map.entry("chaos/litmus/chaosresult-list.json", "litmus-chaosresult"),
            Map.entry("chaos/litmus/chaosresult-single.json", "litmus-chaosresult"));

    @Test
    void eachFixtureIsClaimedByItsOwnImporterAlone() {
        FIXTURE_FORMAT.forEach((fixture, format) -> {
            String head = ImportRun.head(fixture);
            Importer best = IMPORTERS.stream().max(Comparator.comparingInt(i -> i.detect(head))).orElseThrow();
            assertThat(best.format()).as(fixture).isEqualTo(format);
            assertThat(best.detect(head)).as(fixture).isGreaterThanOrEqualTo(85);
            IMPORTERS.stream().filter(i -> i != best)
                    .forEach(other -> assertThat(other.detect(head)).as(fixture + " by " + other.format()).isZero());
        });
    }

    @Test
    void foreignTextIsClaimedByNone() {
        for (String foreign : List.of("", "hello\n", "{\"metrics\": {\"http_reqs\": {}}}", "latency_ms,status\n1.2,200\n",
                ImportRun.head("gc/healthy-gctrace.hey.txt"))) {
            IMPORTERS.forEach(i -> assertThat(i.detect(foreign)).as(i.format() + " on " + foreign).isZero());
        }
    }
}
