package dev.benchboard.ingest.format.locust;

import dev.benchboard.format.Sentence;
import dev.benchboard.ingest.format.fields.CsvRecord;
import dev.benchboard.ingest.format.fields.CsvTable;
import dev.benchboard.ingest.format.fields.RowProblem;
import dev.benchboard.evidence.LatencyOrigin;
import dev.benchboard.evidence.RunDataBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One row of Locust's request statistics (a request name, or {@code Aggregated}) as its CSV files
 * write it (Locust 2.x {@code --csv}): counts, response times in ms and the percentile columns
 * {@code 50%, 66%, …, 100%}. Locust keeps response times rounded — whole ms below 100 ms, 2 significant
 * digits above (1202 ms is counted as 1200) — so the percentiles are of rounded values, while min,
 * max and average are exact; a percentile can therefore lie just beyond the exact min or max, which
 * are then kept as metrics only.
 *
 * @param type        the HTTP method (empty for Aggregated)
 * @param name        the request name, or {@code Aggregated}
 * @param percentiles percentile → ms, in the file's column order ("N/A" before the first request: absent)
 */
record LocustEntry(String type, String name, long requests, long failures, Double medianMs, Double meanMs, Double minMs,
                   Double maxMs, Double contentBytes, Double rps, Double failuresPerSecond, Map<Double, Double> percentiles) {

    static final String AGGREGATED = "Aggregated";
    private static final Sentence RESPONSE_TIME = Sentence.of("ingest.locust.what.response-time");
    static final String RESOLUTION = "Locust rounds response times before counting them (whole ms below 100 ms, then 2 significant"
            + " digits: 1202 ms counts as 1200), so its percentiles are of rounded values; min, max and mean are exact";
    private static final double MAX_MS = 3_600_000;

    /** Column positions of a Locust CSV header; {@code prefix} is "" (stats file) or "Total " (history totals). */
    record Columns(int type, int name, int requests, int failures, int median, int mean, int min, int max, int size,
                   int rps, int fps, Map<Integer, Double> percentiles) {

        static Columns of(CsvTable csv, String prefix) throws dev.benchboard.ingest.model.ImportException {
            Map<Integer, Double> percentiles = new LinkedHashMap<>();
            List<String> header = csv.header();
            for (int i = 0; i < header.size(); i++) {
                String h = header.get(i).strip();
                if (h.endsWith("%")) {
                    Double p = dev.benchboard.ingest.format.fields.Numbers.decimal(h.substring(0, h.length() - 1));
                    if (p != null && p > 0 && p <= 100) percentiles.put(i, p);
                }
            }
            return new Columns(csv.required("Type"), csv.required("Name"), csv.required(prefix + "Request Count"),
                    csv.required(prefix + "Failure Count"), csv.optional(prefix + "Median Response Time"),
                    csv.optional(prefix + "Average Response Time"), csv.optional(prefix + "Min Response Time"),
                    csv.optional(prefix + "Max Response Time"), csv.optional(prefix + "Average Content Size"),
                    csv.optional("Requests/s"), csv.optional("Failures/s"), percentiles);
        }
    }

    static LocustEntry read(CsvRecord row, Columns c) throws RowProblem {
        String name = row.name(c.name());
        if (name == null) {
            throw row.problem(c.name(), Sentence.of("ingest.locust.expected.request-name"),
                    Sentence.of("ingest.locust.found.empty-cell"));
        }
        long requests = (long) row.number(c.requests(), 0, Long.MAX_VALUE, Sentence.of("ingest.locust.what.request-count"));
        long failures = (long) row.number(c.failures(), 0, Long.MAX_VALUE, Sentence.of("ingest.locust.what.failure-count"));
        if (failures > requests) {
            throw row.problem(c.failures(), Sentence.of("ingest.locust.expected.failures", String.valueOf(requests)),
                    row.text(c.failures()));
        }
        Map<Double, Double> percentiles = new LinkedHashMap<>();
        for (Map.Entry<Integer, Double> e : c.percentiles().entrySet()) {
            String cell = row.text(e.getKey());
            if (cell == null || cell.toUpperCase(Locale.ROOT).equals("N/A")) continue;
            percentiles.put(e.getValue(), row.number(e.getKey(), 0, MAX_MS, RESPONSE_TIME));
        }
        return new LocustEntry(row.name(c.type()), name, requests, failures, ms(row, c.median()), ms(row, c.mean()),
                ms(row, c.min()), ms(row, c.max()), row.optionalNumber(c.size(), 0, Double.MAX_VALUE, Sentence.of("ingest.locust.what.size")),
                row.optionalNumber(c.rps(), 0, Double.MAX_VALUE, Sentence.of("ingest.locust.what.rps")),
                row.optionalNumber(c.fps(), 0, Double.MAX_VALUE, Sentence.of("ingest.locust.what.fps")), percentiles);
    }

    private static Double ms(CsvRecord row, int column) throws RowProblem {
        return row.optionalNumber(column, 0, MAX_MS, RESPONSE_TIME);
    }

    boolean aggregated() {
        return type == null && AGGREGATED.equals(name);
    }

    /** "GET /ok", or the name alone when the row has no method. */
    String label() {
        return type == null ? name : type + " " + name;
    }

    /**
     * Requests, failures and the latency figures of this row on the run. Before the first request Locust
     * writes zeros: those are not response times, so a row without requests gives none.
     */
    void latencyOn(RunDataBuilder b, boolean withPercentiles) {
        b.requests(requests).errors(failures).latencyOrigin(LatencyOrigin.REPORTED).coordinatedOmission(true)
                .setting("latency_resolution", RESOLUTION);
        if (requests == 0) return;
        b.meanMs(meanMs);
        List<Double> reported = withPercentiles ? List.copyOf(percentiles.values())
                : medianMs == null ? List.of() : List.of(medianMs);
        double lowest = reported.stream().mapToDouble(Double::doubleValue).min().orElse(Double.MAX_VALUE);
        double highest = reported.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        // rounding can put a percentile just beyond the exact min or max (1152 ms counts as 1200)
        if (minMs != null && minMs <= lowest) b.minMs(minMs);
        else if (minMs != null) b.metric("min_response_time_ms", minMs);
        if (maxMs != null && maxMs >= highest) b.maxMs(maxMs);
        else if (maxMs != null) b.metric("max_response_time_ms", maxMs);
        if (withPercentiles) percentiles.forEach((p, ms) -> b.percentile(p, ms, LatencyOrigin.REPORTED));
        else if (medianMs != null) b.percentile(50, medianMs, LatencyOrigin.REPORTED);
        if (contentBytes != null) b.metric("average_content_bytes", contentBytes);
    }
}
