package dev.benchboard.ingest.format.cli;

import static dev.benchboard.ingest.EnglishText.english;

import static dev.benchboard.ingest.format.cli.CliFixtures.parse;
import static dev.benchboard.ingest.format.cli.CliFixtures.parseText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.benchboard.evidence.LatencyOrigin;
import dev.benchboard.evidence.RunData;
import dev.benchboard.evidence.SecondBucket;
import org.junit.jupiter.api.Test;

/**
 * ok.tsv and flaky.tsv were written by ab -g during the runs of ab/ok.txt and ab/flaky.txt
 * (make-ab-siege-fixtures.sh ab); truncated.tsv is ok.tsv without its last 4 bytes. Reference values from
 * numpy over the same files:
 * <pre>
 * python3 -c "import numpy as np, math; from fractions import Fraction as F
 *   d=np.loadtxt('ab-gnuplot/ok.tsv',delimiter='\t',skiprows=1,usecols=(1,2,3,4,5)); t=d[:,3]; s=np.sort(t)
 *   print(len(t), t.mean(), t.std(ddof=1), t.min(), t.max(),
 *         [s[math.ceil(len(s)*F(p)/100)-1] for p in ('50','66','75','80','90','95','98','99','99.9','100')],
 *         np.unique(d[:,0],return_counts=True), d[:,1].mean(), d[:,4].mean())"
 * ok.tsv:    5000 3.5748 3.636736191975712 1.0 44.0 [2 3 3 4 7 10 16 23 29 44] seconds {…693: 182, …694: 4818} ctime 0.58 wait 2.2148
 * flaky.tsv: 2000 3.175 49.20368763048374 0.0 1103.0 [1 1 1 1 1 1 2 2 1102 1103] seconds {…694: 1034, …695: 966}; 142 rows of 0 ms
 * </pre>
 * The percentile is the sorted value at rank ⌈n·p/100⌉ (numpy's inverted_cdf), the rank computed in exact
 * fractions: np.percentile(t, 99.9, method='inverted_cdf') gives 30, because 5000·0.999 is
 * 4995.000000000001 in floating point and takes rank 4996. HdrHistogram gives a value's bucket's
 * highest equivalent value (3 significant digits), so the percentiles are compared within 1/1000.
 */
class AbGnuplotTsvImporterTest {

    private final AbGnuplotTsvImporter importer = new AbGnuplotTsvImporter();

    @Test
    void percentilesAndMomentsAgreeWithNumpy() throws Exception {
        var parsed = parse(importer, "ab-gnuplot/ok.tsv");
        RunData run = parsed.run();
        assertThat(run.requests()).isEqualTo(5000L);
        assertThat(run.meanMs()).isCloseTo(3.5748, within(1e-9));
        assertThat(run.stdevMs()).isCloseTo(3.636736191975712, within(1e-9));
        assertThat(run.minMs()).isEqualTo(1.0);
        assertThat(run.maxMs()).isEqualTo(44.0);
        double[] p = {50, 66, 75, 80, 90, 95, 98, 99, 99.9, 100};
        double[] numpy = {2, 3, 3, 4, 7, 10, 16, 23, 29, 44};
        for (int i = 0; i < p.length; i++) {
            assertThat(parsed.percentile(p[i])).as("P" + p[i]).isCloseTo(numpy[i], within(numpy[i] / 1000));
        }
        assertThat(run.histogram().getTotalCount()).isEqualTo(5000L);
        assertThat(run.latencyOrigin()).isEqualTo(LatencyOrigin.ROUNDED_1_MS);
        assertThat(run.metrics().get("connect_avg_ms")).isCloseTo(0.58, within(1e-9));
        assertThat(run.metrics().get("waiting_avg_ms")).isCloseTo(2.2148, within(1e-9));
        assertThat(run.errors()).isNull();
        assertThat(run.coordinatedOmission()).isTrue();
    }

    @Test
    void theSameRunsAbTextReportAgrees() throws Exception {
        // ab's own "Percentage of the requests served" of the same run (ab/ok.txt): 50% 2 … 99% 23, 100% 44
        var tsv = parse(importer, "ab-gnuplot/ok.tsv");
        RunData text = parse(new AbTextImporter(), "ab/ok.txt").run();
        for (var p : text.percentiles()) {
            assertThat(tsv.percentile(p.percentile())).as("P" + p.percentile()).isCloseTo(p.valueMs(), within(p.valueMs() / 1000));
        }
    }

    @Test
    void perSecondSeriesUsesTheSecondsColumnNotRowOrder() throws Exception {
        // The rows are sorted by ttime; the series counts per 'seconds' value (numpy: 182 and 4818)
        RunData run = parse(importer, "ab-gnuplot/ok.tsv").run();
        assertThat(run.perSecond()).extracting(SecondBucket::second).containsExactly(0L, 1L);
        assertThat(run.perSecond()).extracting(SecondBucket::requests).containsExactly(182L, 4818L);
    }

    @Test
    void flakyRunKeepsItsStallsAndWarnsAboutZeroMsRows() throws Exception {
        var parsed = parse(importer, "ab-gnuplot/flaky.tsv");
        RunData run = parsed.run();
        assertThat(run.requests()).isEqualTo(2000L);
        assertThat(run.stdevMs()).isCloseTo(49.20368763048374, within(1e-9));
        assertThat(parsed.percentile(99.9)).isCloseTo(1102, within(1102.0 / 1000));
        assertThat(run.maxMs()).isEqualTo(1103.0);
        assertThat(run.perSecond()).extracting(SecondBucket::requests).containsExactly(1034L, 966L);
        assertThat(english(parsed.context().warnings())).anyMatch(w -> w.startsWith("142 total times printed as 0 ms"));
    }

    @Test
    void aCutOffLastRowIsNotUsedAndABadRowIsAProblem() throws Exception {
        var parsed = parse(importer, "ab-gnuplot/truncated.tsv");
        assertThat(parsed.run().requests()).isEqualTo(4999L);
        assertThat(english(parsed.context().warnings())).anyMatch(w -> w.contains("is cut off"));
        var bad = parseText(importer, "starttime\tseconds\tctime\tdtime\tttime\twait\n"
                + "Mon Dec 07 13:54:54 2026\t1796651694\t0\t1\t1\t1\nMon Dec 07 13:54:54 2026\t1796651694\t0\t1\t-3\t1\n");
        assertThat(bad.problemMessages()).singleElement().asString().startsWith("line 3, column 5 (ttime)");
        assertThat(bad.run().requests()).isEqualTo(1L);
    }

    @Test
    void detectsOnlyItsHeader() {
        assertThat(importer.detect(CliFixtures.head("ab-gnuplot/ok.tsv"))).isEqualTo(98);
        assertThat(importer.detect(CliFixtures.head("ab-percentiles/ok.csv"))).isZero();
    }
}
