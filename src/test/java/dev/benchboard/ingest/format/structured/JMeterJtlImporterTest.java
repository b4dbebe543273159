package dev.benchboard.ingest.format.structured;

import static dev.benchboard.ingest.EnglishText.english;

import static dev.benchboard.ingest.format.structured.Imported.assertHistogramPercentile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.benchboard.ingest.model.ImportException;
import dev.benchboard.evidence.LatencyOrigin;
import dev.benchboard.ingest.model.Problem;
import dev.benchboard.evidence.RunData;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reference figures from {@code /usr/bin/python3 src/test/fixtures-tools/expected_values.py}
 * (csv + numpy over the same files; percentiles nearest-rank over the whole-millisecond elapsed values).
 */
class JMeterJtlImporterTest {

    private static final String HEADER = "timeStamp,elapsed,label,responseCode,responseMessage,threadName,dataType,success,"
            + "failureMessage,bytes,sentBytes,grpThreads,allThreads,URL,Latency,IdleTime,Connect\n";

    private final JMeterJtlImporter importer = new JMeterJtlImporter();

    /**
     * jmeter 'GET /hello': n=143 errors=6 mean=9.748251748251748 min=3.0 max=23.0 stdev=3.7762574278680487
     * {50: 9.0, 75: 12.0, 90: 14.0, 95: 16.0, 99: 22.0, 99.9: 23.0} duration_s=3.99 codes {200: 138, 503: 5}
     * maxAllThreads=5 bytes=25440 latency_mean=9.293706293706293.
     */
    @Test
    void groupsSamplesByLabel() throws Exception {
        Imported imported = Imported.fixture(importer, "jmeter-jtl/results.jtl");
        assertThat(imported.labels()).containsExactly("GET /hello", "POST /login", "GET /search?q=a,b");
        RunData hello = imported.run("GET /hello");
        assertThat(hello.requests()).isEqualTo(143);
        assertThat(hello.errors()).isEqualTo(6);          // 5 × 503 and one failed assertion on a 200
        assertThat(hello.statusCodes()).isEqualTo(Map.of(200, 138L, 503, 5L));
        assertThat(hello.meanMs()).isCloseTo(9.748251748251748, within(1e-12));
        assertThat(hello.stdevMs()).isCloseTo(3.7762574278680487, within(1e-12));
        assertThat(hello.minMs()).isEqualTo(3.0);
        assertThat(hello.maxMs()).isEqualTo(23.0);
        assertHistogramPercentile(hello, 50, 9.0);
        assertHistogramPercentile(hello, 75, 12.0);
        assertHistogramPercentile(hello, 90, 14.0);
        assertHistogramPercentile(hello, 95, 16.0);
        assertHistogramPercentile(hello, 99, 22.0);
        assertHistogramPercentile(hello, 99.9, 23.0);
        assertThat(hello.latencyOrigin()).isEqualTo(LatencyOrigin.HDR_HISTOGRAM);
        assertThat(hello.durationSeconds()).isCloseTo(3.99, within(1e-12));
        assertThat(hello.throughputRps()).isCloseTo(143 / 3.99, within(1e-9));
        assertThat(hello.concurrency()).isEqualTo(5.0);
        assertThat(hello.metrics()).containsEntry("bytes_received", 25440.0)
                .hasEntrySatisfying("latency_mean_ms", v -> assertThat(v).isCloseTo(9.293706293706293, within(1e-12)));
        assertThat(hello.settings()).containsEntry("url", "http://127.0.0.1:8080/hello");
        assertThat(hello.coordinatedOmission()).isTrue();
        // the samples end within 4 s: 4 or 5 buckets holding all 143
        assertThat(hello.perSecond()).hasSizeBetween(4, 5);
        assertThat(hello.perSecond().stream().mapToLong(b -> b.requests()).sum()).isEqualTo(143);
        assertThat(imported.context().problemCount()).isZero();
        assertThat(english(imported.context().warnings())).contains(
                "JMeter thread groups are closed-loop: coordinated omission applies, tails may be understated");
    }

    /**
     * jmeter 'POST /login': n=143 errors=9 mean=36.68531468531469 {99: 103.0} codes {200: 136, 503: 5, 0: 2};
     * jmeter 'GET /search?q=a,b': n=143 errors=7 mean=67.68531468531468 max=279.0 codes {200: 137, 0: 3, 503: 3}.
     */
    @Test
    void countsNonHttpResponseCodesAsStatusZeroAndReadsQuotedCommas() throws Exception {
        Imported imported = Imported.fixture(importer, "jmeter-jtl/results.jtl");
        RunData login = imported.run("POST /login");
        assertThat(login.statusCodes()).isEqualTo(Map.of(200, 136L, 503, 5L, 0, 2L));
        assertThat(login.errors()).isEqualTo(9);
        assertThat(login.meanMs()).isCloseTo(36.68531468531469, within(1e-12));
        assertHistogramPercentile(login, 99, 103.0);
        RunData search = imported.run("GET /search?q=a,b");
        assertThat(search.requests()).isEqualTo(143);
        assertThat(search.statusCodes()).isEqualTo(Map.of(200, 137L, 0, 3L, 503, 3L));
        assertThat(search.maxMs()).isEqualTo(279.0);
        assertThat(search.settings()).containsEntry("url", "http://127.0.0.1:8080/search?q=a,b");
    }

    /** jmeter few-columns.jtl: n=40 errors=4 mean=20.35 max=29.0 duration_s=1.009 maxAllThreads=3; CRLF. */
    @Test
    void readsAJtlWithFewerColumnsAndCrlf() throws Exception {
        Imported imported = Imported.fixture(importer, "jmeter-jtl/few-columns.jtl");
        RunData run = imported.run();
        assertThat(run.label()).isEqualTo("GET /");
        assertThat(run.requests()).isEqualTo(40);
        assertThat(run.errors()).isEqualTo(4);
        assertThat(run.statusCodes()).isEqualTo(Map.of(200, 36L, 404, 4L));
        assertThat(run.meanMs()).isCloseTo(20.35, within(1e-12));
        assertThat(run.maxMs()).isEqualTo(29.0);
        assertThat(run.durationSeconds()).isCloseTo(1.009, within(1e-12));
        assertThat(run.concurrency()).isEqualTo(3.0);
        assertThat(imported.context().problemCount()).isZero();
    }

    @Test
    void keepsAFormulaLookingLabelAsTextButRejectsAFormulaInANumberColumn() throws Exception {
        String jtl = HEADER
                + "1772445600000,12,\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",200,OK,T 1-1,text,true,,10,10,1,1,http://x,11,0,0\n"
                + "1772445600010,=1+1,GET /,200,OK,T 1-1,text,true,,10,10,1,1,http://x,11,0,0\n"
                + "1772445600020,@SUM(A1),GET /,200,OK,T 1-1,text,true,,10,10,1,1,http://x,11,0,0\n";
        Imported imported = Imported.text(importer, jtl);
        assertThat(imported.labels()).containsExactly("=HYPERLINK(\"http://x\",\"y\")");
        assertThat(imported.context().problems()).extracting(p -> p.message().english()).containsExactly(
                "line 3 (elapsed): expected a latency between 0 and 1 h (3600000 ms), found a spreadsheet formula '=1+1'",
                "line 4 (elapsed): expected a latency between 0 and 1 h (3600000 ms), found a spreadsheet formula '@SUM(A1)'");
    }

    @Test
    void reportsWrongColumnCountsBadValuesAndOpenQuotesAsRowProblems() throws Exception {
        String jtl = HEADER
                + "1772445600000,12,GET /,200,OK,T 1-1,text,true,,10,10,1,1,http://x,11,0,0\n"
                + "1772445600010,12,GET /,200,OK,T 1-1,text,true,,10,10,1,1,http://x,11,0\n"
                + "1772445600020,-3,GET /,200,OK,T 1-1,text,true,,10,10,1,1,http://x,11,0,0\n"
                + "1772445600030,5,GET /,200,OK,T 1-1,text,maybe,,10,10,1,1,http://x,11,0,0\n"
                + "0,5,GET /,200,OK,T 1-1,text,true,,10,10,1,1,http://x,11,0,0\n"
                + "1772445600040,5,GET /,200,\"OK,T 1-1,text,true,,10,10,1,1,http://x,11,0,0\n"
                + "1772445600050,3600001,GET /,200,OK,T 1-1,text,true,,10,10,1,1,http://x,11,0,0\n"
                + "1772445600060,7,GET /,200,OK,T 1-1,text,true,,-10,10,1,1,http://x,11,0,0\n"
                + "1772445600070,8,GET /,200,OK,T 1-1,text,true,,10,10,1,1,http://x,11,0,0\n";
        Imported imported = Imported.text(importer, jtl);
        assertThat(imported.context().problems()).extracting(p -> p.message().english()).containsExactly(
                "line 3: expected 17 columns (as in the header), found 16",
                "line 4 (elapsed): expected a latency between 0 and 1 h (3600000 ms), found '-3'",
                "line 5 (success): expected true or false, found 'maybe'",
                "line 6 (timeStamp): expected epoch milliseconds (or a date) of the sample's start, found '0'",
                "line 7, column 72: expected a closing quote, found end of line",
                "line 8 (elapsed): expected a latency between 0 and 1 h (3600000 ms), found '3600001'",
                "line 9 (bytes): expected a number ≥ 0, found '-10'");
        assertThat(imported.run().requests()).isEqualTo(2);
        assertThat(imported.context().rejected()).isEqualTo(7);
        assertThat(imported.context().accepted()).isEqualTo(2);
    }

    @Test
    void failsWithoutTheRequiredColumns() {
        assertThatThrownBy(() -> Imported.text(importer, "timeStamp,label\n1772445600000,x\n"))
                .isInstanceOf(ImportException.class)
                .hasMessage("line 1: expected a JTL header with timeStamp, elapsed and label (jmeter-jtl),"
                        + " found header 'timeStamp,label'");
    }

    @Test
    void detectsJtlHeaders() throws Exception {
        assertThat(importer.detect(Imported.head("jmeter-jtl/results.jtl"))).isEqualTo(95);
        assertThat(importer.detect(Imported.head("jmeter-jtl/few-columns.jtl"))).isEqualTo(95);
        assertThat(importer.detect("timeStamp,elapsed,label\n")).isEqualTo(85);
        assertThat(importer.detect(Imported.head("raw-latency-csv/requests.csv"))).isZero();
        assertThat(importer.detect(Imported.head("generic-csv/runs.csv"))).isZero();
        assertThat(importer.detect(Imported.head("vegeta/report.json"))).isZero();
    }
}
