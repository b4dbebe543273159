package dev.benchboard.ingest.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.benchboard.evidence.ChaosData;
import dev.benchboard.format.Sentence;
import dev.benchboard.evidence.DataKind;
import dev.benchboard.evidence.GcCycle;
import dev.benchboard.evidence.GcTraceData;
import dev.benchboard.ingest.model.ImportContext;
import dev.benchboard.ingest.model.ImportException;
import dev.benchboard.ingest.model.ImportLimits;
import dev.benchboard.ingest.model.ImportResult;
import dev.benchboard.evidence.Outage;
import dev.benchboard.evidence.RunData;
import dev.benchboard.ingest.source.TextSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The mapped importer on real files: the chaos driver log of fixtures/chaos/attribution (made by
 * src/test/fixtures-tools/chaosrun/run_attribution.py), hey's per-request CSV and a GC CSV, each read
 * by a column mapping instead of a catalogue format. Reference values come from the files with python3
 * (commands in each test), not from Benchboard.
 */
class MappedImporterTest {

    static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    static final String DRIVER_MAPPING = """
            {"kind": "chaos", "roles": {"fault": "fault", "start": "start_unix_ms", "end": "ready_unix_ms"}, "timeUnit": "ms"}""";

    static ImportResult read(String mappingJson, String text, ImportContext context) throws IOException, ImportException {
        ColumnMapping mapping = ColumnMapping.parse(mappingJson);
        try (TextSource source = TextSource.open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                ImportLimits.defaults(), null)) {
            return MappedImporter.forHead(mapping, text).parse(source, context);
        }
    }

    static String fixture(String path) throws IOException {
        return Files.readString(FIXTURES.resolve(path));
    }

    @Test
    void theDriversOwnInjectionLogBecomesChaosEvidence() throws Exception {
        // python3 -c "import csv; r=list(csv.DictReader(open('src/test/resources/fixtures/chaos/attribution/driver-log.csv')));
        //   print(len(r), r[0]['fault'], r[0]['start_unix_ms'], r[0]['ready_unix_ms'], r[-1]['ready_unix_ms'])"
        // → 9 process-kill 1796658127033 1796658129329 1796658183133
        ImportContext context = ImportContext.withDefaults();
        ImportResult result = read(DRIVER_MAPPING, fixture("chaos/attribution/driver-log.csv"), context);
        ChaosData chaos = result.chaos().getFirst();
        assertThat(chaos.outages()).hasSize(9);
        assertThat(chaos.events()).hasSize(18);
        Outage first = chaos.outages().getFirst();
        assertThat(first.faultType()).isEqualTo("process-kill");
        assertThat(first.injectedAt()).isEqualTo(Instant.ofEpochMilli(1796658127033L));
        assertThat(first.upAt()).isEqualTo(Instant.ofEpochMilli(1796658129329L));
        assertThat(chaos.windowStart()).isEqualTo(Instant.ofEpochMilli(1796658127033L));
        assertThat(chaos.windowEnd()).isEqualTo(Instant.ofEpochMilli(1796658183133L));
        assertThat(chaos.outages()).extracting(Outage::faultType).containsOnly("process-kill", "process-freeze", "cpu-starve");
        assertThat(context.accepted()).isEqualTo(9);
    }

    @Test
    void theIsoColumnsReadTheSameInstantsAsTheEpochColumns() throws Exception {
        ImportResult iso = read("""
                {"kind": "chaos", "roles": {"fault": "fault", "start": "start_iso", "end": "ready_iso"}, "timestampFormat": "iso"}""",
                fixture("chaos/attribution/driver-log.csv"), ImportContext.withDefaults());
        ImportResult epoch = read(DRIVER_MAPPING, fixture("chaos/attribution/driver-log.csv"), ImportContext.withDefaults());
        assertThat(iso.chaos().getFirst().outages()).isEqualTo(epoch.chaos().getFirst().outages());
    }

    @Test
    void aBadRowIsAProblemNamingLineFieldAndWhatTheMappingExpects() throws Exception {
        String text = fixture("chaos/attribution/driver-log.csv").replace("1796658132084", "12:00");
        ImportContext context = new ImportContext(ImportLimits.defaults(), Map.of());
        read(DRIVER_MAPPING, text, context);
        assertThat(context.rejected()).isEqualTo(1);
        var problem = context.problems().getFirst();
        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.field()).isEqualTo("start_unix_ms");
        assertThat(problem.expected().english()).contains("epoch time in ms");
        assertThat(problem.found().english()).contains("12:00");
    }

    @Test
    void thePreviewShowsEachRoleAsReadOrWhatItExpected() throws Exception {
        String head = fixture("chaos/attribution/driver-log.csv");
        var rows = MappingPreview.rows(head, ColumnMapping.parse(DRIVER_MAPPING), 3);
        assertThat(rows).hasSize(3);
        assertThat(rows.getFirst().line()).isEqualTo(2);
        assertThat(english(rows.getFirst().values())).containsEntry("fault", "process-kill")
                .containsEntry("start", "2026-12-07T15:42:07.033Z").containsEntry("end", "2026-12-07T15:42:09.329Z");
        // epoch milliseconds read as if they were ISO text: every start is marked, nothing is guessed
        var wrong = MappingPreview.rows(head, ColumnMapping.parse(DRIVER_MAPPING.replace("\"timeUnit\": \"ms\"",
                "\"timestampFormat\": \"iso\"")), 3);
        assertThat(wrong).noneMatch(MappingPreview.Row::ok);
        assertThat(wrong.getFirst().values().get("start").english()).startsWith("✗ expected an ISO-8601");
    }

    @Test
    void aMappedColumnTheFileLacksFailsTheFileAtItsHeader() {
        assertThatThrownBy(() -> read("""
                {"kind": "chaos", "roles": {"fault": "fault", "start": "started_at"}}""",
                fixture("chaos/attribution/driver-log.csv"), ImportContext.withDefaults()))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("roles.start").hasMessageContaining("started_at");
    }

    @Test
    void mappingJsonIsCheckedFieldByField() {
        assertThatThrownBy(() -> ColumnMapping.parse("{\"kind\": \"chaos\", \"roles\": {\"fault\": \"f\"}}"))
                .isInstanceOf(MappingProblem.class).hasMessageContaining("roles.start");
        assertThatThrownBy(() -> ColumnMapping.parse("{\"kind\": \"load\", \"roles\": {\"latency\": \"l\", \"fault\": \"f\"}}"))
                .hasMessageContaining("roles.fault");
        assertThatThrownBy(() -> ColumnMapping.parse("{\"kind\": \"gc\", \"roles\": {\"time\": \"t\", \"pause\": \"p\"}, \"timeUnit\": \"hours\"}"))
                .hasMessageContaining("timeUnit").hasMessageContaining("s, ms, us, ns");
        assertThatThrownBy(() -> ColumnMapping.parse("{\"kind\": \"chaos\""))
                .hasMessageContaining("a JSON object");
        ColumnMapping m = ColumnMapping.parse(DRIVER_MAPPING.replace("{\"kind\"", "{\"name\": \"driver\", \"kind\""));
        assertThat(ColumnMapping.parse(m.toJson())).isEqualTo(m);
        assertThat(m.kind()).isEqualTo(DataKind.CHAOS);
    }

    @Test
    void heysPerRequestCsvReadByAMappingGivesItsCountsErrorsAndMean() throws Exception {
        // python3 -c "import csv,numpy as np; r=list(csv.DictReader(open('src/test/resources/fixtures/hey-csv/flaky.csv')));
        //   l=np.array([float(x['response-time'])*1000 for x in r]); print(len(r),
        //   sum(1 for x in r if not 200<=int(x['status-code'])<400), l.mean(), l.max())"
        // → 2999 300 2.551083694564854 1101.6999999999998
        ImportResult result = read("""
                {"kind": "load", "roles": {"latency": "response-time", "status": "status-code"}, "timeUnit": "s"}""",
                fixture("hey-csv/flaky.csv"), ImportContext.withDefaults());
        RunData run = result.runs().getFirst();
        assertThat(run.requests()).isEqualTo(2999);
        assertThat(run.errors()).isEqualTo(300);
        assertThat(run.meanMs()).isCloseTo(2.551083694564854, within(1e-9));
        assertThat(run.maxMs()).isCloseTo(1101.7, within(1e-9));
        assertThat(run.statusCodes()).containsEntry(500, 300L);
    }

    @Test
    void jsonLinesReadByTheSameRolesGiveTheSameRun() throws Exception {
        // fixtures/mapping/flaky.jsonl is hey-csv/flaky.csv as JSON lines, see fixtures/mapping/README.md
        String mapping = """
                {"kind": "load", "roles": {"latency": "response-time", "status": "status-code"}, "timeUnit": "s"}""";
        RunData csv = read(mapping, fixture("hey-csv/flaky.csv"), ImportContext.withDefaults()).runs().getFirst();
        RunData jsonl = read(mapping, fixture("mapping/flaky.jsonl"), ImportContext.withDefaults()).runs().getFirst();
        assertThat(jsonl.requests()).isEqualTo(csv.requests());
        assertThat(jsonl.errors()).isEqualTo(csv.errors());
        assertThat(jsonl.meanMs()).isCloseTo(csv.meanMs(), within(1e-12));
        assertThat(jsonl.percentileMs(99)).isEqualTo(csv.percentileMs(99));
    }

    @Test
    void aGcCsvReadByAMappingGivesItsCyclesPausesAndHeap() throws Exception {
        // python3 -c "import csv,numpy as np; g=list(csv.DictReader(open('src/test/resources/fixtures/gc/leak-gc.csv')));
        //   p=np.array([float(r['pause_ms']) for r in g]); print(len(g), p.sum(), p.max(),
        //   max(float(r['live_heap_mb']) for r in g), g[-1]['timestamp_s'])"
        // → 88 46.218 9.306 40.0 39.880
        ImportResult result = read("""
                {"kind": "gc", "roles": {"time": "timestamp_s", "pause": "pause_ms", "heap": "live_heap_mb"},
                 "timeUnit": "s", "durationUnit": "ms", "heapUnit": "MB"}""",
                fixture("gc/leak-gc.csv"), ImportContext.withDefaults());
        GcTraceData trace = result.gcTraces().getFirst();
        assertThat(trace.cycles()).hasSize(88);
        assertThat(trace.cycles().stream().mapToDouble(GcCycle::pauseMs).sum()).isCloseTo(46.218, within(1e-9));
        assertThat(trace.cycles().stream().mapToDouble(GcCycle::pauseMs).max().orElseThrow()).isEqualTo(9.306);
        assertThat(trace.cycles().stream().mapToDouble(GcCycle::liveHeapMb).max().orElseThrow()).isEqualTo(40.0);
        assertThat(trace.cycles().getLast().atSeconds()).isCloseTo(39.88, within(1e-9));
    }

    /** The preview's cells as the API's English. */
    private static java.util.Map<String, String> english(java.util.Map<String, Sentence> cells) {
        java.util.Map<String, String> english = new java.util.LinkedHashMap<>();
        cells.forEach((role, cell) -> english.put(role, cell.english()));
        return english;
    }
}
