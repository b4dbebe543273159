package dev.benchboard.stats.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.benchboard.ingest.format.chaos.ProbeLogCsvImporter;
import dev.benchboard.ingest.mapping.ColumnMapping;
import dev.benchboard.ingest.mapping.MappedImporter;
import dev.benchboard.evidence.ChaosData;
import dev.benchboard.ingest.model.ImportContext;
import dev.benchboard.ingest.model.ImportLimits;
import dev.benchboard.ingest.model.Importer;
import dev.benchboard.evidence.Outage;
import dev.benchboard.ingest.source.TextSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Fault attribution on a real chaos run (fixtures/chaos/attribution, see its README): a Go server killed,
 * frozen and CPU-starved while a prober polled it every 150 ms, plus the driver's own injection log read
 * through a column mapping. One freeze was left out of the driver log on purpose: it must come out
 * "unexplained".
 *
 * <p>Reference, apart from Benchboard (python3 stdlib):
 * <pre>
 * python3 src/test/fixtures-tools/attribution_reference.py \
 *     src/test/resources/fixtures/chaos/attribution/probe-log.csv \
 *     src/test/resources/fixtures/chaos/attribution/driver-log.csv
 * </pre>
 * → window 64.5 s, 10 outages; service r = 10, D = 21.5 s, MTTR 2.15 s, MTBF 0.0011944… h;
 * cpu-starve r = 3, D = 8.883 s, MTTR 2.961 s, MTBF 0.00514972… h;
 * process-freeze r = 3, D = 4.655 s, MTTR 1.55166… s, MTBF 0.00554120… h;
 * process-kill r = 3, D = 6.761 s, MTTR 2.25366… s, MTBF 0.00534620… h;
 * unexplained r = 1, D = 1.201 s, MTTR 1.201 s, MTBF 0.01758305… h.
 */
class FaultAttributionRealRunTest {

    static final Path RUN = Path.of("src/test/resources/fixtures/chaos/attribution");
    static final String DRIVER_MAPPING = """
            {"kind": "chaos", "roles": {"fault": "fault", "start": "start_unix_ms", "end": "ready_unix_ms"}, "timeUnit": "ms"}""";

    static ChaosData read(Importer importer, String file) throws Exception {
        try (TextSource source = TextSource.open(Files.newInputStream(RUN.resolve(file)), ImportLimits.defaults(), null)) {
            return importer.parse(source, new ImportContext(ImportLimits.defaults(), Map.of())).chaos().getFirst();
        }
    }

    static ChaosData probe() throws Exception {
        return read(new ProbeLogCsvImporter(), "probe-log.csv");
    }

    static ChaosData driver() throws Exception {
        return read(new MappedImporter(ColumnMapping.parse(DRIVER_MAPPING), false), "driver-log.csv");
    }

    @Test
    void eachProbedOutageTakesTheFaultOfTheInjectionOverlappingIt() throws Exception {
        FaultAttribution.Combined combined = FaultAttribution.combine(List.of(probe(), driver()));
        assertThat(combined.experiments()).hasSize(1);   // the driver log is not counted again on its own
        List<Outage> outages = combined.experiments().getFirst().outages();
        assertThat(outages).extracting(Outage::faultType).containsExactly(
                "process-kill", "process-freeze", "cpu-starve", "process-kill", "process-freeze", "cpu-starve",
                FaultAttribution.UNEXPLAINED, "process-kill", "cpu-starve", "process-freeze");
        // the unlogged freeze of truth.json (start 1796658163074 ms) is the unexplained one
        Outage unexplained = outages.get(6);
        assertThat(unexplained.downAt()).isEqualTo(Instant.ofEpochMilli(1796658163117L));
        assertThat(unexplained.injectedAt()).isNull();
        assertThat(outages.getFirst().injectedAt()).isEqualTo(Instant.ofEpochMilli(1796658127033L));
        assertThat(combined.notes().getFirst().english()).contains("10 outage(s) attributed to 9 injection(s); 1 unexplained");
    }

    @Test
    void perFaultTypeMttrAndMtbfAgreeWithTheIndependentScript() throws Exception {
        FaultAttribution.Combined combined = FaultAttribution.combine(List.of(probe(), driver()));
        ReliabilityReport report = ReliabilityAnalyzer.analyse(combined.experiments(), ReliabilitySettings.defaults());
        Map<String, ReliabilityFigures> byFault = report.byFaultType().stream()
                .collect(Collectors.toMap(ReliabilityFigures::name, Function.identity()));
        assertThat(byFault).containsOnlyKeys("cpu-starve", "process-freeze", "process-kill", FaultAttribution.UNEXPLAINED);
        expect(report.service(), 10, 21.5, 2.15, 0.001194444457689921);
        expect(byFault.get("cpu-starve"), 3, 8.883, 2.961, 0.005149722231758965);
        expect(byFault.get("process-freeze"), 3, 4.655, 1.5516665776570637, 0.005541203728428594);
        expect(byFault.get("process-kill"), 3, 6.761, 2.253666639328003, 0.005346203711297777);
        expect(byFault.get(FaultAttribution.UNEXPLAINED), 1, 1.201, 1.201, 0.017583055562443203);
        assertThat(report.service().windowSeconds()).isCloseTo(64.5, within(1e-9));
    }

    @Test
    void withoutTheProbeLogTheDriversOwnViewIsUsed() throws Exception {
        FaultAttribution.Combined alone = FaultAttribution.combine(List.of(driver()));
        assertThat(alone.attributed()).isFalse();
        assertThat(alone.experiments().getFirst().outages()).hasSize(9);
    }

    @Test
    void ofTwoOverlappingInjectionsTheLongerOverlapNamesTheFault() {
        ChaosData probe = new ChaosData(null, Chaos.T0, Chaos.at(100), List.of(),
                List.of(new Outage("unknown", null, null, Chaos.at(10), Chaos.at(20))), List.of(), List.of());
        List<FaultAttribution.Injection> injections = List.of(
                new FaultAttribution.Injection("network-partition", null, Chaos.at(5), Chaos.at(12)),
                new FaultAttribution.Injection("process-kill", null, Chaos.at(11), Chaos.at(19)));
        ChaosData attributed = FaultAttribution.attribute(probe, injections, List.of());
        assertThat(attributed.outages().getFirst().faultType()).isEqualTo("process-kill");
        assertThat(attributed.outages().getFirst().injectedAt()).isEqualTo(Chaos.at(11));
    }

    private static void expect(ReliabilityFigures f, int failures, double downtime, double mttr, double mtbfHours) {
        assertThat(f.failures()).isEqualTo(failures);
        assertThat(f.downtimeSeconds()).isCloseTo(downtime, within(1e-6));
        assertThat(f.mttrSeconds()).isCloseTo(mttr, within(1e-6));
        assertThat(f.mtbfHours()).isCloseTo(mtbfHours, within(1e-9));
    }
}
