package dev.benchboard.evidence;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.HdrHistogram.Histogram;

/**
 * One load-test execution (or one benchmark sample of {@code go test -bench}) as parsed from a file.
 * Fields the source does not give are null.
 *
 * @param label             name within the file: JMeter label, Go benchmark name, generic CSV run; null for a single run
 * @param settings          settings read from the file: url, threads, connections, duration, rate, gomaxprocs …
 * @param requests          completed requests (including errors)
 * @param errors            non-2xx/3xx responses plus socket errors
 * @param durationSeconds   length of the measurement
 * @param throughputRps     requests per second as measured (or as the tool reported)
 * @param concurrency       connections / virtual users / threads driving the load, when known
 * @param histogram         per-request latencies (µs, see {@link Latencies}); null for summary-only sources
 * @param percentiles       percentiles the tool reported (or computed from the raw data), with origin
 * @param latencyOrigin     origin of the latency distribution as a whole
 * @param coordinatedOmission true when the tool is closed-loop and tails may be understated
 * @param statusCodes       responses per HTTP status code, when the tool says
 * @param metrics           other measured values by unit/name: {@code ns/op}, {@code B/op}, {@code allocs/op}, {@code MB/s}, {@code rss_mb}, {@code cpu_pct};
 *                          in the order the file gives them (regression rows follow it, as benchstat's do)
 * @param perSecond         per-second series for latency over time; empty when the source has no timestamps
 */
public record RunData(
        String label,
        Map<String, String> settings,
        Long requests,
        Long errors,
        Double durationSeconds,
        Double throughputRps,
        Double concurrency,
        Double meanMs,
        Double minMs,
        Double maxMs,
        Double stdevMs,
        Histogram histogram,
        List<Percentile> percentiles,
        LatencyOrigin latencyOrigin,
        boolean coordinatedOmission,
        Map<Integer, Long> statusCodes,
        Map<String, Double> metrics,
        List<SecondBucket> perSecond) {

    public RunData {
        settings = settings == null ? Map.of() : Map.copyOf(settings);
        percentiles = percentiles == null ? List.of() : List.copyOf(percentiles);
        statusCodes = statusCodes == null ? Map.of() : Map.copyOf(statusCodes);
        metrics = metrics == null ? Map.of() : inFileOrder(metrics);
        perSecond = perSecond == null ? List.of() : List.copyOf(perSecond);
    }

    /**
     * An unmodifiable copy that keeps the caller's order ({@code Map.copyOf}'s order changes from one JVM to the next,
     * and with it the order of the regression rows); null names or values are refused as {@code Map.copyOf} does.
     */
    private static Map<String, Double> inFileOrder(Map<String, Double> metrics) {
        Map<String, Double> copy = new LinkedHashMap<>();
        metrics.forEach((name, value) -> copy.put(Objects.requireNonNull(name), Objects.requireNonNull(value, name)));
        return Collections.unmodifiableMap(copy);
    }

    /** The p-th percentile in ms: from the raw histogram when there is one, else as reported, else null. */
    public Double percentileMs(double p) {
        if (histogram != null && histogram.getTotalCount() > 0) {
            return histogram.getValueAtPercentile(p) / 1000.0;
        }
        return percentiles.stream().filter(x -> Math.abs(x.percentile() - p) < 1e-9)
                .map(Percentile::valueMs).findFirst().orElse(null);
    }

    /** Requests per second as measured (requests / duration) when both are known, else as reported. */
    public Double measuredThroughputRps() {
        if (requests != null && durationSeconds != null && durationSeconds > 0) return requests / durationSeconds;
        return throughputRps;
    }

    public static RunDataBuilder builder() {
        return new RunDataBuilder();
    }
}
