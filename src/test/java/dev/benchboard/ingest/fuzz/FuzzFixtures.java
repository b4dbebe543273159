package dev.benchboard.ingest.fuzz;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The real fixtures (src/test/resources/fixtures) each importer is fuzzed from, by format id. A new
 * importer must add its fixtures here: {@code FuzzHarnessTest} fails while one has none.
 *
 * <p>Fixtures are held decompressed (mutations work on text; gzip is one of the envelopes applied
 * after them) and cut at a line end after {@link #MAX_BYTES}, so a try stays fast.
 */
final class FuzzFixtures {

    static final int MAX_BYTES = 128 * 1024;

    /** A fixture ready for mutation. */
    record Fixture(String format, String path, byte[] bytes) {
        @Override
        public String toString() {
            return format + ":" + path;   // jqwik shows this in a falsified sample
        }
    }

    static final Map<String, List<String>> PATHS = paths();

    static final Map<String, List<Fixture>> BY_FORMAT = load();

    private FuzzFixtures() {
    }

    private static Map<String, List<String>> paths() {
        Map<String, List<String>> p = new LinkedHashMap<>();
        p.put("wrk", List.of("wrk/latency-ok.txt", "wrk/errors.txt", "wrk/no-latency.txt", "wrk/truncated.txt",
                "wrk/with-app-log.txt", "sweep/gin/c64.txt"));
        p.put("wrk2", List.of("wrk2/rate2000.txt"));
        p.put("hey", List.of("hey/ok.txt", "hey/errors.txt", "gc/healthy-gctrace.hey.txt"));
        p.put("hey-csv", List.of("hey-csv/ok.csv", "hey-csv/flaky.csv", "hey-csv/truncated.csv"));
        p.put("hdr-percentiles", List.of("hdr-percentiles/hey-ok-ms.txt", "hdr-percentiles/hey-ok-ms.csv",
                "hdr-percentiles/hey-ok-us.txt"));
        p.put("ab", List.of("ab/ok.txt", "ab/flaky.txt", "ab/with-progress.txt", "ab/truncated.txt"));
        p.put("ab-percentiles", List.of("ab-percentiles/ok.csv", "ab-percentiles/flaky.csv"));
        p.put("ab-gnuplot", List.of("ab-gnuplot/flaky.tsv", "ab-gnuplot/truncated.tsv"));
        p.put("siege", List.of("siege/quiet.txt", "siege/ok.json", "siege/flaky.json"));   // ok/flaky/truncated.txt exceed MAX_BYTES
        p.put("siege-log", List.of("siege-log/runs.csv"));
        p.put("autocannon", List.of("autocannon/ok.json", "autocannon/flaky.json", "autocannon/appended.ndjson"));
        p.put("locust-stats", List.of("locust/full_stats.csv", "locust/busy_stats.csv"));
        p.put("locust-history", List.of("locust/plain_stats_history.csv", "locust/full_stats_history.csv",
                "locust/truncated_stats_history.csv"));
        p.put("locust-failures", List.of("locust/full_failures.csv"));
        p.put("jmh", List.of("jmh/modes.json", "jmh/sample.json", "jmh/truncated.json"));
        p.put("gatling-log", List.of("gatling/with-junk.log", "gatling/truncated.log"));
        p.put("gatling-stats", List.of("gatling/stats.json"));
        p.put("go-bench", List.of("go-bench/baseline.txt", "go-bench/count10.txt"));
        p.put("k6-summary", List.of("k6-summary/summary-export.json", "k6-summary/handle-summary.json",
                "k6-summary/handle-summary-p99-arrival-rate.json"));
        p.put("k6-ndjson", List.of("k6-ndjson/k6-out.json.gz"));
        p.put("jmeter-jtl", List.of("jmeter-jtl/results.jtl", "jmeter-jtl/few-columns.jtl"));
        p.put("vegeta", List.of("vegeta/report.json", "vegeta/report-errors.json", "vegeta/report-old.json",
                "vegeta/report-bom-crlf.json"));
        p.put("generic-csv", List.of("generic-csv/runs.csv", "generic-csv/excel-bom-crlf.csv"));
        p.put("generic-json", List.of("generic-json/candidate.json", "generic-json/array.json"));
        p.put("raw-latency-csv", List.of("raw-latency-csv/requests.csv", "raw-latency-csv/iso-microseconds.csv"));
        p.put("go-gctrace", List.of("gc/healthy-gctrace.txt", "gc/ansi-pacer-gctrace.txt", "gc/truncated-gctrace.txt"));
        p.put("gc-csv", List.of("gc/leak-gc.csv"));
        p.put("chaos-events-csv", List.of("chaos/events.csv"));
        p.put("chaos-events-json", List.of("chaos/events.json"));
        p.put("probe-log-csv", List.of("chaos/probe-log.csv"));
        p.put("outage-table-csv", List.of("chaos/outage-table.csv"));
        p.put("reported-summary-csv", List.of("chaos/reported-summary.csv"));
        p.put("litmus-chaosresult", List.of("chaos/litmus/chaosresult-single.json", "chaos/litmus/chaosresult-list.json"));
        return p;
    }

    private static Map<String, List<Fixture>> load() {
        Map<String, List<Fixture>> fixtures = new LinkedHashMap<>();
        PATHS.forEach((format, paths) ->
                fixtures.put(format, paths.stream().map(path -> new Fixture(format, path, read(path))).toList()));
        return fixtures;
    }

    static List<Fixture> all() {
        return BY_FORMAT.values().stream().flatMap(List::stream).toList();
    }

    static byte[] read(String path) {
        try (InputStream in = FuzzFixtures.class.getResourceAsStream("/fixtures/" + path)) {
            if (in == null) throw new IllegalArgumentException("no fixture " + path);
            byte[] bytes = in.readAllBytes();
            if (bytes.length > 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
                try (InputStream gz = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                    bytes = gz.readNBytes(MAX_BYTES * 2);
                }
            }
            return cutAtLineEnd(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] cutAtLineEnd(byte[] bytes) {
        if (bytes.length <= MAX_BYTES) return bytes;
        int end = MAX_BYTES;
        while (end > 0 && bytes[end - 1] != '\n') end--;
        return Arrays.copyOf(bytes, end);
    }
}
