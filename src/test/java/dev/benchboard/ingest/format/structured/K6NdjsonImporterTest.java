package dev.benchboard.ingest.format.structured;

import static dev.benchboard.ingest.EnglishText.english;

import static dev.benchboard.ingest.format.structured.Imported.assertHistogramPercentile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.benchboard.ingest.model.ImportException;
import dev.benchboard.evidence.LatencyOrigin;
import dev.benchboard.evidence.RunData;
import dev.benchboard.evidence.SecondBucket;
import java.util.Map;
import org.junit.jupiter.api.Test;

class K6NdjsonImporterTest {

    private final K6NdjsonImporter importer = new K6NdjsonImporter();

    /**
     * Reference figures for k6-ndjson/k6-out.json.gz from
     * {@code /usr/bin/python3 src/test/fixtures-tools/expected_values.py} (json + numpy over the file):
     * n=853 errors=31 mean=13.938711520515827 min=0.0 max=67.964751 stdev=7.399193076564656,
     * nearest-rank percentiles of the µs-rounded values {50: 12.195, 75: 16.881, 90: 22.855,
     * 95: 27.747, 99: 40.852, 99.9: 67.965}, duration_s=3.01540869140625, statuses
     * {200: 822, 500: 28, 0: 3}, 3 latencies below 1 µs, per second {0: (242, 67.964751),
     * 1: (284, 47.051903), 2: (287, 49.16248), 3: (40, 45.973933)}.
     */
    @Test
    void readsEveryRequestOfTheFixture() throws Exception {
        Imported imported = Imported.fixture(importer, "k6-ndjson/k6-out.json.gz");
        RunData run = imported.run();
        assertThat(run.label()).isNull();
        assertThat(run.settings()).containsEntry("scenario", "default");
        assertThat(run.requests()).isEqualTo(853);
        assertThat(run.errors()).isEqualTo(31);
        assertThat(run.statusCodes()).isEqualTo(Map.of(200, 822L, 500, 28L, 0, 3L));
        assertThat(run.meanMs()).isCloseTo(13.938711520515827, within(1e-9));
        assertThat(run.stdevMs()).isCloseTo(7.399193076564656, within(1e-9));
        assertThat(run.minMs()).isEqualTo(0.0);
        assertThat(run.maxMs()).isEqualTo(67.964751);
        assertThat(run.histogram().getTotalCount()).isEqualTo(853);
        assertHistogramPercentile(run, 50, 12.195);
        assertHistogramPercentile(run, 75, 16.881);
        assertHistogramPercentile(run, 90, 22.855);
        assertHistogramPercentile(run, 95, 27.747);
        assertHistogramPercentile(run, 99, 40.852);
        assertHistogramPercentile(run, 99.9, 67.965);
        assertThat(run.latencyOrigin()).isEqualTo(LatencyOrigin.HDR_HISTOGRAM);
        assertThat(run.durationSeconds()).isCloseTo(3.01540869140625, within(1e-6));
        assertThat(run.throughputRps()).isCloseTo(853 / 3.01540869140625, within(1e-3));
        assertThat(run.concurrency()).isEqualTo(4.0);
        assertThat(run.metrics()).containsEntry("iterations", 853.0);
        assertThat(run.perSecond()).extracting(SecondBucket::second, SecondBucket::requests, SecondBucket::maxMs)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0L, 242L, 67.964751),
                        org.assertj.core.groups.Tuple.tuple(1L, 284L, 47.051903),
                        org.assertj.core.groups.Tuple.tuple(2L, 287L, 49.16248),
                        org.assertj.core.groups.Tuple.tuple(3L, 40L, 45.973933));
        assertThat(run.coordinatedOmission()).isTrue();
        assertThat(english(imported.context().warnings()))
                .contains("3 latencies below 1 µs were recorded as 1 µs (histogram floor)")
                .anyMatch(w -> w.contains("does not say which executor ran"));
        assertThat(imported.context().problemCount()).isZero();
        assertThat(imported.context().skippedLines()).isZero();
    }

    /** Two scenarios, the older key order (data before metric), a +02:00 offset, a log line and a cut-off end. */
    private static final String TWO_SCENARIOS = """
            {"type":"Metric","data":{"name":"http_req_duration","type":"trend","contains":"time","thresholds":[],"submetrics":null},"metric":"http_req_duration"}
            {"type":"Point","data":{"time":"2026-03-02T12:00:00.5+02:00","value":10.5,"tags":{"expected_response":"true","scenario":"browse","status":"200"}},"metric":"http_req_duration"}
            time="2026-03-02T10:00:01Z" level=info msg="VU 1 started" source=console
            {"type":"Point","data":{"time":"2026-03-02T10:00:01.25Z","value":20,"tags":{"expected_response":"false","scenario":"browse","status":"503"}},"metric":"http_req_duration"}
            {"metric":"http_req_duration","type":"Point","data":{"time":"2026-03-02T10:00:01.5Z","value":7,"tags":{"expected_response":"true","scenario":"spike","status":"200"}}}
            {"metric":"http_req_duration","type":"Point","data":{"time":"2026-03-02T10:00:02.5Z","value":9,"tags":{"expected_response":"true","scenario":"spike","status":"200"}}}
            {"metric":"http_req_duration","type":"Point","data":{"time":"2026-03-02T10:00:0""".stripTrailing();

    @Test
    void splitsScenariosIntoRunsWhateverTheKeyOrder() throws Exception {
        Imported imported = Imported.text(importer, TWO_SCENARIOS);
        assertThat(imported.labels()).containsExactly("browse", "spike");
        RunData browse = imported.run("browse");
        assertThat(browse.requests()).isEqualTo(2);
        assertThat(browse.errors()).isEqualTo(1);
        assertThat(browse.statusCodes()).isEqualTo(Map.of(200, 1L, 503, 1L));
        assertThat(browse.meanMs()).isEqualTo(15.25);
        // 12:00:00.5+02:00 is 10:00:00.5Z; the first request started 10.5 ms before, the last ended at 01.25
        assertThat(browse.durationSeconds()).isCloseTo(0.7605, within(1e-12));
        assertThat(browse.perSecond()).extracting(SecondBucket::second, SecondBucket::errors)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0L, 0L), org.assertj.core.groups.Tuple.tuple(1L, 1L));
        assertThat(imported.run("spike").requests()).isEqualTo(2);
    }

    @Test
    void skipsForeignLinesAndWarnsAboutACutOffLastLine() throws Exception {
        Imported imported = Imported.text(importer, TWO_SCENARIOS);
        assertThat(imported.context().skippedLines()).isEqualTo(2);
        assertThat(imported.context().problemCount()).isZero();
        assertThat(english(imported.context().warnings())).contains(
                "line 7: the last line is incomplete (the file ends without a newline — cut off?); ignored");
    }

    @Test
    void reportsABrokenLineInTheMiddleWithItsColumn() throws Exception {
        String text = point("10:00:00.1Z", 5, "200") + "\n"
                + "{\"metric\":\"http_req_duration\",\"type\":\"Point\",\"data\":{\"value\":5,,}}\n"
                + point("10:00:00.2Z", 6, "200") + "\n";
        Imported imported = Imported.text(importer, text);
        assertThat(imported.context().problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo(64);
            assertThat(p.expected().english()).isEqualTo("a complete JSON object (k6 writes one per line)");
        });
        assertThat(imported.run().requests()).isEqualTo(2);
    }

    @Test
    void rejectsANegativeDurationAndABadStatusTag() throws Exception {
        String text = point("10:00:00.1Z", -5, "200") + "\n" + point("10:00:00.2Z", 6, "2OO") + "\n"
                + point("10:00:00.3Z", 7, "200") + "\n";
        Imported imported = Imported.text(importer, text);
        assertThat(imported.context().problems()).extracting(p -> p.message().english()).containsExactly(
                "line 1 (data.value): expected a latency between 0 and 1 h (3600000 ms), found -5.0",
                "line 2 (data.tags.status): expected an HTTP status code 0…999 (0 = no response), found '2OO'");
        assertThat(imported.run().requests()).isEqualTo(1);
    }

    @Test
    void countsErrorsFromHttpReqFailedWhenRequestsCarryNoStatus() throws Exception {
        String untagged = "{\"metric\":\"http_req_duration\",\"type\":\"Point\",\"data\":{\"time\":\"2026-03-02T10:00:00.%dZ\",\"value\":%d,\"tags\":{}}}\n";
        String failed = "{\"metric\":\"http_req_failed\",\"type\":\"Point\",\"data\":{\"time\":\"2026-03-02T10:00:00.%dZ\",\"value\":%d,\"tags\":{}}}\n";
        String text = untagged.formatted(1, 5) + failed.formatted(1, 0) + untagged.formatted(2, 6) + failed.formatted(2, 1)
                + untagged.formatted(3, 7) + failed.formatted(3, 1);
        Imported imported = Imported.text(importer, text);
        assertThat(imported.run().errors()).isEqualTo(2);
        assertThat(english(imported.context().warnings())).anyMatch(w -> w.contains("errors counted from http_req_failed points"));
    }

    @Test
    void keepsSamplesOutOfTimeOrderButWarns() throws Exception {
        String text = point("10:00:05.0Z", 5, "200") + "\n" + point("10:00:02.0Z", 6, "200") + "\n"
                + point("10:00:05.5Z", 7, "200") + "\n";
        Imported imported = Imported.text(importer, text);
        assertThat(imported.run().requests()).isEqualTo(3);
        assertThat(imported.run().perSecond()).extracting(SecondBucket::second).containsExactly(0L, 3L);
        assertThat(english(imported.context().warnings())).contains("1 rows have timestamps earlier than a previous row (first at"
                + " line 2); kept — each request is counted in the second it completed");
    }

    /**
     * Found while fuzzing (extreme counter values): an http_reqs sample of 1e19 was cast to
     * Long.MAX_VALUE and two of them wrapped the request count around to a negative number. A counter
     * sample above 9·10^15 is now a row problem, and a total beyond 64 bits would be one too.
     */
    @Test
    void aCounterSampleBeyondWhatADoubleCountsIsARowProblem() throws Exception {
        String reqs = "{\"metric\":\"http_reqs\",\"type\":\"Point\",\"data\":{\"time\":\"2026-03-02T10:00:00.%dZ\",\"value\":%s,\"tags\":{}}}\n";
        String text = point("10:00:00.1Z", 5, "200") + "\n" + reqs.formatted(1, "1e19") + reqs.formatted(2, "1e19")
                + reqs.formatted(3, "1");
        Imported imported = Imported.text(importer, text);
        assertThat(imported.context().problems()).extracting(p -> p.message().english()).containsExactly(
                "line 2 (data.value): expected a whole number ≥ 0 (a counter sample), found 1.0E19",
                "line 3 (data.value): expected a whole number ≥ 0 (a counter sample), found 1.0E19");
        assertThat(imported.run().requests()).isEqualTo(1);
    }

    @Test
    void failsWhenNoRequestIsInTheFile() {
        String text = "{\"metric\":\"vus\",\"type\":\"Point\",\"data\":{\"time\":\"2026-03-02T10:00:00Z\",\"value\":1,\"tags\":null}}\n";
        assertThatThrownBy(() -> Imported.text(importer, text))
                .isInstanceOf(ImportException.class)
                .hasMessage("line 1: expected http_req_duration points (an HTTP test's requests) (k6-ndjson), found none");
    }

    @Test
    void detectsK6JsonLinesOnly() throws Exception {
        assertThat(importer.detect(Imported.head("k6-ndjson/k6-out.json.gz"))).isEqualTo(95);
        assertThat(importer.detect(TWO_SCENARIOS)).isEqualTo(95);
        assertThat(importer.detect(Imported.head("k6-summary/handle-summary.json"))).isZero();
        assertThat(importer.detect(Imported.head("vegeta/report.json"))).isZero();
        assertThat(importer.detect(Imported.head("jmeter-jtl/results.jtl"))).isZero();
    }

    private static String point(String time, double value, String status) {
        return "{\"metric\":\"http_req_duration\",\"type\":\"Point\",\"data\":{\"time\":\"2026-03-02T" + time
                + "\",\"value\":" + value + ",\"tags\":{\"status\":\"" + status + "\"}}}";
    }
}
