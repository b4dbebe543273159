package dev.benchboard.ingest.format.cli;

import static dev.benchboard.ingest.format.cli.CliFixtures.parse;
import static dev.benchboard.ingest.format.cli.CliFixtures.parseText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.benchboard.ingest.model.ImportException;
import dev.benchboard.evidence.RunData;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * runs.csv is the --log file the three text runs of make-ab-siege-fixtures.sh siege appended to (ok,
 * flaky — aborted by siege — and quiet); each row must agree with the summary siege printed for it
 * (siege/ok.txt, siege/flaky.txt, siege/quiet.txt).
 */
class SiegeLogCsvImporterTest {

    private final SiegeLogCsvImporter importer = new SiegeLogCsvImporter();

    @Test
    void eachRowIsARunThatAgreesWithSiegesSummary() throws Exception {
        var parsed = parse(importer, "siege-log/runs.csv");
        List<RunData> runs = parsed.result().runs();
        assertThat(runs).hasSize(3);
        String[] summaries = {"siege/ok.txt", "siege/flaky.txt", "siege/quiet.txt"};
        for (int i = 0; i < 3; i++) {
            RunData summary = parse(new SiegeTextImporter(), summaries[i]).run();
            RunData row = runs.get(i);
            assertThat(row.requests()).as(summaries[i]).isEqualTo(summary.requests());
            assertThat(row.errors()).as(summaries[i]).isEqualTo(summary.errors());
            assertThat(row.throughputRps()).as(summaries[i]).isEqualTo(summary.throughputRps());
            assertThat(row.durationSeconds()).as(summaries[i]).isEqualTo(summary.durationSeconds());
            assertThat(row.meanMs()).as(summaries[i]).isEqualTo(summary.meanMs());
            assertThat(row.metrics().get("siege_concurrency_mean")).isEqualTo(summary.metrics().get("siege_concurrency_mean"));
        }
        assertThat(runs.get(0).label()).isEqualTo("2026-12-07 13:55:55");
        assertThat(runs.get(1).errors()).isEqualTo(1024L);
        assertThat(runs.get(1).settings()).containsEntry("siege_aborted", "siege aborted due to excessive socket failure.");
        assertThat(runs.get(0).settings()).doesNotContainKey("siege_aborted");
        assertThat(runs.get(2).settings()).doesNotContainKey("siege_aborted");
        assertThat(parsed.context().problemCount()).isZero();
    }

    @Test
    void aBadRowIsAProblemAndAWrongHeaderIsRefused() throws Exception {
        String header = "      Date & Time,  Trans,  Elap Time,  Data Trans,  Resp Time,  Trans Rate,  Throughput,  Concurrent,    OKAY,   Failed\n";
        var parsed = parseText(importer, header
                + "2026-12-07 13:55:55,  13627,       2.46,           0,       0.00,     5539.43,        0.00,        9.26,   13627,       0\n"
                + "2026-12-07 13:55:58,   7023,       x,           0,       0.00,     2396.93,        0.00,        7.98,    7023,    1024\n");
        assertThat(parsed.problemMessages()).singleElement().asString().startsWith("line 3 (Elap Time)");
        assertThat(parsed.result().runs()).hasSize(1);
        assertThatThrownBy(() -> parseText(importer, "Date,Trans\n1,2\n")).isInstanceOf(ImportException.class);
    }

    @Test
    void detectsOnlyItsHeader() {
        assertThat(importer.detect(CliFixtures.head("siege-log/runs.csv"))).isEqualTo(98);
        assertThat(importer.detect(CliFixtures.head("siege/ok.txt"))).isZero();
    }
}
