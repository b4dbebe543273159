package dev.benchboard.report;

import dev.benchboard.evidence.SourceRef;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.benchboard.evidence.Evidence;
import dev.benchboard.ingest.format.chaos.ProbeLogCsvImporter;
import dev.benchboard.ingest.mapping.ColumnMapping;
import dev.benchboard.ingest.mapping.MappedImporter;
import dev.benchboard.evidence.ChaosData;
import dev.benchboard.ingest.model.ImportContext;
import dev.benchboard.ingest.model.ImportLimits;
import dev.benchboard.ingest.model.Importer;
import dev.benchboard.ingest.source.TextSource;
import dev.benchboard.stats.reliability.FaultAttribution;
import dev.benchboard.stats.reliability.ReliabilityFigures;
import dev.benchboard.stats.reliability.ReliabilitySettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A candidate with a probe log and a driver's injection log of the same run (fixtures/chaos/attribution)
 * gets one reliability section with per-fault-type figures from the prober's outages; reference:
 * {@code python3 src/test/fixtures-tools/attribution_reference.py …/probe-log.csv …/driver-log.csv}
 * (see FaultAttributionRealRunTest for the full output): process-kill MTTR 2.25366… s, unexplained r = 1.
 */
class ReliabilitySectionAttributionTest {

    static final Path RUN = Path.of("src/test/resources/fixtures/chaos/attribution");

    static Evidence.ChaosItem item(long id, Importer importer, String file) throws Exception {
        try (TextSource source = TextSource.open(Files.newInputStream(RUN.resolve(file)), ImportLimits.defaults(), null)) {
            ChaosData chaos = importer.parse(source, new ImportContext(ImportLimits.defaults(), Map.of())).chaos().getFirst();
            return new Evidence.ChaosItem(new Evidence.Source(id, file, importer.format(), "sha" + id,
                    Instant.parse("2026-12-07T16:00:00Z"), null, false), id, chaos);
        }
    }

    @Test
    void probeAndInjectionLogsOfOneCandidateAreCombinedIntoOneAttributedExperiment() throws Exception {
        MappedImporter driver = new MappedImporter(ColumnMapping.parse("""
                {"kind": "chaos", "roles": {"fault": "fault", "start": "start_unix_ms", "end": "ready_unix_ms"}, "timeUnit": "ms"}"""), false);
        ReliabilitySection section = ReliabilitySection.of(List.of(item(1, new ProbeLogCsvImporter(), "probe-log.csv"),
                item(2, driver, "driver-log.csv")), ReliabilitySettings.defaults());

        assertThat(section.sources()).extracting(SourceRef::fileName).containsExactly("probe-log.csv", "driver-log.csv");
        assertThat(section.report().experiments()).hasSize(1);
        assertThat(section.report().service().failures()).isEqualTo(10);
        ReliabilityFigures kill = section.report().byFaultType().stream().filter(f -> f.name().equals("process-kill")).findFirst().orElseThrow();
        assertThat(kill.mttrSeconds()).isCloseTo(2.253666639328003, within(1e-6));
        assertThat(section.report().byFaultType()).extracting(ReliabilityFigures::name).contains(FaultAttribution.UNEXPLAINED);
        assertThat(section.report().methods()).contains(FaultAttribution.METHOD);
        assertThat(section.report().warnings().getFirst().english()).contains("1 unexplained");
    }
}
