package dev.benchboard.ingest.format.cli;

import static dev.benchboard.ingest.EnglishText.english;

import static dev.benchboard.ingest.format.cli.CliFixtures.parse;
import static dev.benchboard.ingest.format.cli.CliFixtures.parseText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.benchboard.ingest.model.ImportException;
import dev.benchboard.evidence.LatencyOrigin;
import dev.benchboard.evidence.Percentile;
import dev.benchboard.evidence.RunData;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Fixtures are HdrHistogram 2.2.2's own outputPercentileDistribution (make-cli-fixtures.sh hdr,
 * MakeHdrPercentiles.java) of the response times of hey-csv/ok.csv recorded in µs: hey-ok-ms.txt
 * with scaling ratio 1000 (values in ms), hey-ok-us.txt with ratio 1 (values in µs), hey-ok-ms.csv
 * in CSV layout. Expected values are the rows and footer printed there.
 */
class HdrPercentileImporterTest {

    private final HdrPercentileImporter importer = new HdrPercentileImporter();

    @Test
    void readsEveryRowAndTheFooter() throws Exception {
        var parsed = parse(importer, "hdr-percentiles/hey-ok-ms.txt");
        RunData run = parsed.run();
        // 64 rows (awk 'NF>=3 && $1 ~ /^[0-9]/' hey-ok-ms.txt | wc -l)
        assertThat(run.percentiles()).hasSize(64).allMatch(p -> p.origin() == LatencyOrigin.HDR_HISTOGRAM);
        assertThat(run.percentiles().getFirst()).isEqualTo(new Percentile(0.0, 0.001, LatencyOrigin.HDR_HISTOGRAM));
        assertThat(parsed.percentile(50.0)).isEqualTo(0.6);              // "0.600 0.500000000000 2736 2.00"
        assertThat(run.percentiles().getLast()).isEqualTo(new Percentile(100.0, 7.303, LatencyOrigin.HDR_HISTOGRAM));
        // "#[Mean = 0.839, StdDeviation = 0.894]", "#[Max = 7.303, Total count = 5000]", "#[Buckets = 22, SubBuckets = 2048]"
        assertThat(run.meanMs()).isEqualTo(0.839);
        assertThat(run.stdevMs()).isEqualTo(0.894);
        assertThat(run.maxMs()).isEqualTo(7.303);
        assertThat(run.requests()).isEqualTo(5000L);
        assertThat(run.settings()).containsEntry("unit", "ms").containsEntry("buckets", "22").containsEntry("sub_buckets", "2048");
        assertThat(run.latencyOrigin()).isEqualTo(LatencyOrigin.HDR_HISTOGRAM);
        assertThat(parsed.context().skippedLines()).isZero();
        assertThat(english(parsed.context().warnings())).isEmpty();
        // The same data as hey-csv/ok.csv: its exact mean is 0.8392 ms (hey_csv_expected.py), printed here to 3 decimals.
        assertThat(run.meanMs()).isCloseTo(0.8392, within(0.0005));
    }

    @Test
    void theUnitHintScalesMicrosecondOutput() throws Exception {
        RunData ms = parse(importer, "hdr-percentiles/hey-ok-ms.txt").run();
        RunData us = CliFixtures.parse(importer, CliFixtures.bytes("hdr-percentiles/hey-ok-us.txt"), Map.of("unit", "us")).run();
        assertThat(us.percentiles()).isEqualTo(ms.percentiles());
        // "#[Mean = 839.294, StdDeviation = 894.439]", "#[Max = 7303.000, ...]" in µs
        assertThat(us.meanMs()).isEqualTo(0.839294);
        assertThat(us.stdevMs()).isEqualTo(0.894439);
        assertThat(us.maxMs()).isEqualTo(7.303);
        assertThat(us.settings()).containsEntry("unit", "us");
    }

    @Test
    void withoutTheHintValuesAreMilliseconds() throws Exception {
        // The µs file read with the default unit: 1000 times too large. The file cannot tell; the setting says what was assumed.
        RunData run = parse(importer, "hdr-percentiles/hey-ok-us.txt").run();
        assertThat(run.maxMs()).isEqualTo(7303.0);
        assertThat(run.settings()).containsEntry("unit", "ms");
    }

    @Test
    void anUnknownUnitHintIsRefused() {
        assertThatThrownBy(() -> CliFixtures.parse(importer, CliFixtures.bytes("hdr-percentiles/hey-ok-ms.txt"), Map.of("unit", "ns")))
                .isInstanceOf(ImportException.class)
                .hasMessage("expected the unit hint us, ms or s (hdr-percentiles), found 'ns'");
    }

    @Test
    void readsTheCsvLayout() throws Exception {
        var csv = parse(importer, "hdr-percentiles/hey-ok-ms.csv");
        RunData classic = parse(importer, "hdr-percentiles/hey-ok-ms.txt").run();
        assertThat(csv.run().percentiles()).isEqualTo(classic.percentiles());
        assertThat(csv.run().requests()).isEqualTo(5000L);   // the last row's TotalCount: the CSV layout has no footer
        assertThat(english(csv.context().warnings())).containsExactly("no '#[Mean = …]' footer: mean, deviation and max are unknown");
    }

    @Test
    void badRowsAreProblemsAndForeignLinesAreSkipped() throws Exception {
        String text = CliFixtures.text("hdr-percentiles/hey-ok-ms.txt")
                .replace("       0.200 0.100000000000        938           1.11", "         nan 0.100000000000        938           1.11")
                .replace("       0.300 0.200000000000       1379           1.25", "       0.300 1.200000000000       1379           1.25")
                .replace("       0.400 0.300000000000       1836           1.43", "       0.400 0.300000000000          0           1.43")
                .replace("#[Mean", "\u001B[2mDEBUG\u001B[0m histogram flushed\n#[Mean");
        var parsed = parseText(importer, text);
        // Rows 4 and 5 are rejected, so row 6's count 0 is compared with row 3's count 1.
        assertThat(parsed.problemMessages()).containsExactly(
                "line 4 (Value (ms)): expected a non-negative time (us, ms or s), found 'nan'",
                "line 5 (Percentile): expected a fraction between 0 and 1, found '1.200000000000'",
                "line 6 (TotalCount): expected at least the previous row's count 1, found '0'");
        assertThat(parsed.run().percentiles()).hasSize(61);
        assertThat(parsed.context().skippedLines()).isEqualTo(1);
    }

    @Test
    void aCutOffFooterIsWarnedAboutAndNotUsed() throws Exception {
        String full = CliFixtures.text("hdr-percentiles/hey-ok-ms.txt");
        var parsed = parseText(importer, full.substring(0, full.indexOf("#[Max") + "#[Max     =        7.3".length()));
        assertThat(english(parsed.context().warnings())).singleElement().asString().startsWith("line 68 is cut off").endsWith("'#[Max     =        7.3'");
        assertThat(parsed.run().maxMs()).isNull();
        assertThat(parsed.run().meanMs()).isEqualTo(0.839);
        assertThat(parsed.run().requests()).isEqualTo(5000L);
    }

    @Test
    void aFileWithoutRowsIsNotReadable() {
        assertThatThrownBy(() -> parseText(importer, "       Value     Percentile TotalCount 1/(1-Percentile)\n\n"))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("found a header without rows");
    }
}
