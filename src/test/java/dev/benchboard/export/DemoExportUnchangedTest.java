package dev.benchboard.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchboard.evaluation.EvaluationService;
import dev.benchboard.evaluation.EvaluationSummary;
import dev.benchboard.share.ShareService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo's CSV tables, live and from a share link's snapshot, are byte-for-byte those export wrote when it read the
 * report through JSON paths: src/test/resources/export/demo-*.csv were written by this test with
 * {@code -Dexport.golden.write=true} on main at 01671f8 (before export read the typed records) and are only read
 * since. A renamed record component would blank a column here.
 */
@SpringBootTest(properties = "benchboard.demo.enabled=true")
@ActiveProfiles("test")
class DemoExportUnchangedTest {

    private static final Path GOLDEN = Path.of("src/test/resources/export");

    @Autowired
    EvaluationService evaluations;

    @Autowired
    ReportExports exports;

    @Autowired
    ShareService shares;

    @Test
    void theDemoTablesAreUnchanged() throws IOException {
        long demo = evaluations.list().stream().filter(EvaluationSummary::demo).findFirst().orElseThrow().id();
        SharedReport shared = exports.shared(shares.create(demo, null).token()).orElseThrow();
        for (ExportTable table : new ExportTable[] {ExportTable.CANDIDATES, ExportTable.REGRESSIONS, ExportTable.RELIABILITY}) {
            assertSameAsRecorded("demo-" + table.urlName() + ".csv", exports.table(demo, table).toCsv());
            assertSameAsRecorded("demo-shared-" + table.urlName() + ".csv", shared.table(table).toCsv());
        }
        assertSameAsRecorded("demo-shared-uploads.csv", shared.table(ExportTable.UPLOADS).toCsv());
    }

    private static void assertSameAsRecorded(String name, String csv) throws IOException {
        Path file = GOLDEN.resolve(name);
        if (Boolean.getBoolean("export.golden.write")) Files.writeString(file, csv);
        assertThat(rowsInOrder(csv)).as(name).isEqualTo(rowsInOrder(Files.readString(file)));
    }

    /**
     * The header, then the rows sorted: the metrics of one Go benchmark come in the order of a map parsed from stored
     * JSON, which differs from one load to the next (seen on main before this change), so the regression rows do.
     */
    private static java.util.List<String> rowsInOrder(String csv) {
        java.util.List<String> lines = new java.util.ArrayList<>(csv.lines().toList());
        java.util.List<String> rows = new java.util.ArrayList<>(lines.subList(1, lines.size()));
        java.util.Collections.sort(rows);
        rows.addFirst(lines.getFirst());
        return rows;
    }
}
