package dev.benchboard.ingest.format.cli;

import static dev.benchboard.ingest.format.cli.CliFixtures.parse;
import static dev.benchboard.ingest.format.cli.CliFixtures.parseText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.benchboard.ingest.model.ImportException;
import dev.benchboard.evidence.RunData;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fixtures are real `go test -bench` outputs of src/test/fixtures-tools/gobench (Go 1.19,
 * make-cli-fixtures.sh gobench): baseline.txt and slowed.txt are ten `-count 1` runs each, taken
 * alternately and appended (so machine-load drift hits both sides alike); slowed.txt is built with
 * -tags slowed, which makes only Checksum do 30 % more work. count10.txt is one `-count 10` run.
 *
 * <p>Reference medians and Mann-Whitney p-values (for the regression tests that use these files),
 * from the raw text by a regex independent of the importer:
 * <pre>
 * /usr/bin/python3 -c "import re,statistics;from scipy.stats import mannwhitneyu
 * L=lambda f:{m[0]:[float(x) for x in re.findall(m[0]+r'-\d+\s+\d+\s+([\d.]+) ns/op',open(f).read())] for m in [('BenchmarkParseQuery',),('BenchmarkEncodeRecords',),('BenchmarkChecksum',)]}
 * a,b=L('baseline.txt'),L('slowed.txt')
 * [print(k,statistics.median(a[k]),statistics.median(b[k]),mannwhitneyu(a[k],b[k]).pvalue) for k in a]"
 * BenchmarkParseQuery 391.2 407.45 0.8798        (+4.15 %, no significant change)
 * BenchmarkEncodeRecords 7231.5 6976.5 0.9397    (−3.53 %, no significant change)
 * BenchmarkChecksum 57858.0 74872.0 0.000183     (+29.41 %, regressed)
 * </pre>
 */
class GoBenchImporterTest {

    private final GoBenchImporter importer = new GoBenchImporter();

    private static double median(List<RunData> runs, String label) {
        double[] v = runs.stream().filter(r -> r.label().equals(label)).mapToDouble(r -> r.metrics().get("ns/op")).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    @Test
    void everyRowIsASampleOfItsBenchmark() throws Exception {
        var parsed = parse(importer, "go-bench/baseline.txt");
        List<RunData> runs = parsed.result().runs();
        assertThat(runs).hasSize(30);
        assertThat(runs).extracting(RunData::label).containsOnly("BenchmarkParseQuery", "BenchmarkEncodeRecords", "BenchmarkChecksum");
        for (String label : List.of("BenchmarkParseQuery", "BenchmarkEncodeRecords", "BenchmarkChecksum")) {
            assertThat(runs).filteredOn(r -> r.label().equals(label)).extracting(r -> r.settings().get("sample"))
                    .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
        }
        // "BenchmarkParseQuery-2      	  717208	       483.9 ns/op	     336 B/op	       2 allocs/op"
        RunData first = runs.getFirst();
        assertThat(first.settings()).containsEntry("gomaxprocs", "2").containsEntry("iterations", "717208")
                .containsEntry("goos", "linux").containsEntry("goarch", "amd64").containsEntry("pkg", "benchboard.dev/gobench")
                .containsEntry("cpu", "Intel(R) Xeon(R) Processor");
        assertThat(first.metrics()).containsOnlyKeys("ns/op", "B/op", "allocs/op")
                .containsEntry("ns/op", 483.9).containsEntry("B/op", 336.0).containsEntry("allocs/op", 2.0);
        // "BenchmarkEncodeRecords-2 58254 5867 ns/op 20.00 records/op 1200 B/op 3 allocs/op": a custom unit
        assertThat(runs.get(1).metrics()).containsEntry("records/op", 20.0).containsEntry("ns/op", 5867.0);
        // "BenchmarkChecksum-2 6270 59422 ns/op 68.93 MB/s 0 B/op 0 allocs/op"
        assertThat(runs.get(2).metrics()).containsEntry("MB/s", 68.93);
        // ten "PASS" and ten "ok  <pkg> <time>" lines
        assertThat(parsed.context().skippedLines()).isEqualTo(20);
        assertThat(parsed.context().accepted()).isEqualTo(30);
        assertThat(parsed.context().settings()).containsEntry("pkg", "benchboard.dev/gobench");
    }

    @Test
    void theSlowedBenchmarkIsTheOnlyOneWhoseMedianMovedByMoreThanFivePercent() throws Exception {
        List<RunData> baseline = parse(importer, "go-bench/baseline.txt").result().runs();
        List<RunData> slowed = parse(importer, "go-bench/slowed.txt").result().runs();
        assertThat(median(baseline, "BenchmarkParseQuery")).isEqualTo(391.2);
        assertThat(median(slowed, "BenchmarkParseQuery")).isEqualTo(407.45);
        assertThat(median(baseline, "BenchmarkEncodeRecords")).isEqualTo(7231.5);
        assertThat(median(slowed, "BenchmarkEncodeRecords")).isEqualTo(6976.5);
        assertThat(median(baseline, "BenchmarkChecksum")).isEqualTo(57858.0);
        assertThat(median(slowed, "BenchmarkChecksum")).isEqualTo(74872.0);
        assertThat(median(slowed, "BenchmarkChecksum") / median(baseline, "BenchmarkChecksum") - 1).isCloseTo(0.2941, within(0.0001));
    }

    @Test
    void readsConsecutiveRepeatedRowsUnderOneHeader() throws Exception {
        var parsed = parse(importer, "go-bench/count10.txt");
        assertThat(parsed.result().runs()).hasSize(30);
        assertThat(parsed.result().runs().get(1).settings()).containsEntry("sample", "2");
        assertThat(parsed.result().runs().get(1).metrics()).containsEntry("ns/op", 299.6);
        assertThat(parsed.context().skippedLines()).isEqualTo(2);
    }

    @Test
    void testLogLinesAreSkippedNotReadAsConfiguration() throws Exception {
        var parsed = parseText(importer, """
                goos: linux
                pkg: example.com/x
                BenchmarkA-8   	1000	  1234 ns/op
                    x_test.go:12: warming up cache
                \u001B[31mERROR\u001B[0m something happened
                --- BENCH: BenchmarkA-8
                BenchmarkA/size=10-8   	1000	  99.5 ns/op
                BenchmarkB   	50	  20000000 ns/op
                PASS
                ok  	example.com/x	1.2s
                """);
        assertThat(parsed.context().settings()).containsOnlyKeys("goos", "pkg");
        assertThat(parsed.context().skippedLines()).isEqualTo(5);
        assertThat(parsed.result().runs()).extracting(RunData::label).containsExactly("BenchmarkA", "BenchmarkA/size=10", "BenchmarkB");
        // No -N suffix: GOMAXPROCS=1 runs print none.
        assertThat(parsed.result().runs().get(2).settings()).doesNotContainKey("gomaxprocs");
    }

    @Test
    void badValuesAreRowProblemsNamingLineAndUnit() throws Exception {
        var parsed = parseText(importer, """
                BenchmarkA-8   	1000	  NaN ns/op
                BenchmarkA-8   	1000	  -5 ns/op
                BenchmarkA-8   	0	  5 ns/op
                BenchmarkA-8   	1000	  5 ns/op	12
                BenchmarkA-8   	1000	  5 ns/op	7 B/op	8 B/op
                BenchmarkA-8   	1000	  5e13 ns/op
                BenchmarkA-8   	1000	  -1.5 delta/op
                """);
        assertThat(parsed.problemMessages()).containsExactly(
                "line 1 (ns/op): expected a non-negative number, found 'NaN'",
                "line 2 (ns/op): expected a non-negative number, found '-5'",
                "line 3 (iterations): expected a whole number of iterations ≥ 1, found '0'",
                "line 4 (BenchmarkA-8): expected an iteration count followed by value-unit pairs such as '123 ns/op', found 'BenchmarkA-8 1000 5 ns/op 12'",
                "line 5 (B/op): expected each unit once per row, found 'B/op' twice",
                "line 6 (ns/op): expected at most 3.6e12 ns (one hour) per operation, found '5e13'");
        // A custom unit may be negative (b.ReportMetric allows it).
        assertThat(parsed.result().runs()).singleElement().satisfies(r -> assertThat(r.metrics()).containsEntry("delta/op", -1.5));
    }

    @Test
    void aTruncatedLastRowIsWarnedAboutAndNotUsed() throws Exception {
        String full = CliFixtures.text("go-bench/count10.txt");
        String cut = full.substring(0, full.indexOf("PASS")) + "BenchmarkChecksum-2        \t    4346\t     73409 ns/op\t  55.8";
        var parsed = parseText(importer, cut);
        assertThat(parsed.result().runs()).hasSize(30);
        assertThat(parsed.context().warnings()).singleElement().asString().startsWith("line 35 is cut off").endsWith("55.8'");
    }

    @Test
    void aFileWithoutBenchmarkRowsIsNotReadable() {
        assertThatThrownBy(() -> parseText(importer, "PASS\nok  \texample.com/x\t0.1s\n"))
                .isInstanceOf(ImportException.class)
                .hasMessage("line 1: expected benchmark rows 'BenchmarkName-8  N  123 ns/op …' (go-bench), found none");
    }
}
