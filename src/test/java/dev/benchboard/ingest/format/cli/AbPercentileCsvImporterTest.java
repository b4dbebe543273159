package dev.benchboard.ingest.format.cli;

import static dev.benchboard.ingest.format.cli.CliFixtures.parse;
import static dev.benchboard.ingest.format.cli.CliFixtures.parseText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.benchboard.ingest.model.ImportException;
import dev.benchboard.evidence.LatencyOrigin;
import dev.benchboard.evidence.RunData;
import org.junit.jupiter.api.Test;

/**
 * ok.csv and flaky.csv were written by ab -e during the runs of ab/ok.txt and ab/flaky.txt
 * (make-ab-siege-fixtures.sh ab); the text reports of the same runs print the same percentiles rounded
 * to whole ms, which is the cross-check here.
 */
class AbPercentileCsvImporterTest {

    private final AbPercentileCsvImporter importer = new AbPercentileCsvImporter();

    @Test
    void readsEveryPercentageAbWrote() throws Exception {
        var parsed = parse(importer, "ab-percentiles/ok.csv");
        RunData run = parsed.run();
        assertThat(run.percentiles()).hasSize(101);
        assertThat(run.minMs()).isEqualTo(0.626);          // 0,0.626
        assertThat(run.maxMs()).isEqualTo(44.132);         // 100,44.132
        assertThat(parsed.percentile(99)).isEqualTo(23.140);
        assertThat(parsed.percentile(98)).isEqualTo(15.657);
        assertThat(run.percentiles()).allMatch(p -> p.origin() == LatencyOrigin.REPORTED);
        assertThat(run.requests()).isNull();
        assertThat(parsed.context().problemCount()).isZero();
    }

    @Test
    void agreesWithTheTextReportOfTheSameRunToItsWholeMs() throws Exception {
        for (String name : new String[] {"ok", "flaky"}) {
            var csv = parse(importer, "ab-percentiles/" + name + ".csv");
            var text = parse(new AbTextImporter(), "ab/" + name + ".txt").run();
            for (var p : text.percentiles()) {
                // ab's text report prints the same order statistic rounded to whole ms
                assertThat((double) Math.round(csv.percentile(p.percentile()))).as(name + " P" + p.percentile()).isEqualTo(p.valueMs());
            }
        }
    }

    @Test
    void aBadRowIsAProblemAndAWrongHeaderIsRefused() throws Exception {
        var parsed = parseText(importer, "Percentage served,Time in ms\n0,0.5\n1,abc\n2,0.7\n");
        assertThat(parsed.problemMessages()).singleElement().asString().startsWith("line 3 (Time in ms)");
        assertThat(parsed.run().percentiles()).hasSize(2);
        assertThatThrownBy(() -> parseText(importer, "Percent,Time\n0,1\n")).isInstanceOf(ImportException.class);
    }

    @Test
    void detectsOnlyItsHeader() {
        assertThat(importer.detect(CliFixtures.head("ab-percentiles/ok.csv"))).isEqualTo(98);
        assertThat(importer.detect(CliFixtures.head("hey-csv/ok.csv"))).isZero();
    }
}
