package dev.benchboard.evidence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/** Mutable builder for {@link RunData}; importers fill what their format gives. */
public final class RunDataBuilder {

    private String label;
    private final Map<String, String> settings = new LinkedHashMap<>();
    private Long requests;
    private Long errors;
    private Double durationSeconds;
    private Double throughputRps;
    private Double concurrency;
    private Double meanMs;
    private Double minMs;
    private Double maxMs;
    private Double stdevMs;
    private Histogram histogram;
    private final List<Percentile> percentiles = new ArrayList<>();
    private LatencyOrigin latencyOrigin = LatencyOrigin.REPORTED;
    private boolean coordinatedOmission;
    private final Map<Integer, Long> statusCodes = new TreeMap<>();
    private final Map<String, Double> metrics = new LinkedHashMap<>();
    private List<SecondBucket> perSecond = List.of();

    public RunDataBuilder label(String label) { this.label = label; return this; }
    public RunDataBuilder setting(String key, String value) { if (value != null) settings.put(key, value); return this; }
    public RunDataBuilder settings(Map<String, String> values) { settings.putAll(values); return this; }
    public RunDataBuilder requests(Long requests) { this.requests = requests; return this; }
    public RunDataBuilder errors(Long errors) { this.errors = errors; return this; }
    public RunDataBuilder durationSeconds(Double seconds) { this.durationSeconds = seconds; return this; }
    public RunDataBuilder throughputRps(Double rps) { this.throughputRps = rps; return this; }
    public RunDataBuilder concurrency(Double concurrency) { this.concurrency = concurrency; return this; }
    public RunDataBuilder meanMs(Double v) { this.meanMs = v; return this; }
    public RunDataBuilder minMs(Double v) { this.minMs = v; return this; }
    public RunDataBuilder maxMs(Double v) { this.maxMs = v; return this; }
    public RunDataBuilder stdevMs(Double v) { this.stdevMs = v; return this; }
    public RunDataBuilder histogram(Histogram histogram) { this.histogram = histogram; return this; }
    public RunDataBuilder percentile(double p, double valueMs, LatencyOrigin origin) { percentiles.add(new Percentile(p, valueMs, origin)); return this; }
    public RunDataBuilder latencyOrigin(LatencyOrigin origin) { this.latencyOrigin = origin; return this; }
    public RunDataBuilder coordinatedOmission(boolean flag) { this.coordinatedOmission = flag; return this; }
    public RunDataBuilder statusCode(int code, long count) { statusCodes.merge(code, count, Long::sum); return this; }
    public RunDataBuilder metric(String name, double value) { metrics.put(name, value); return this; }
    public RunDataBuilder perSecond(List<SecondBucket> buckets) { this.perSecond = buckets; return this; }

    public RunData build() {
        return new RunData(label, settings, requests, errors, durationSeconds, throughputRps, concurrency, meanMs,
                minMs, maxMs, stdevMs, histogram, percentiles, latencyOrigin, coordinatedOmission, statusCodes,
                metrics, perSecond);
    }
}
