package dev.benchboard.stats.latency;

import dev.benchboard.stats.common.StatsSettings;
import dev.benchboard.format.Sentence;
import java.util.List;

/**
 * Latency, throughput and errors of one candidate over its runs.
 *
 * @param candidate       name shown in the UI
 * @param unit            unit of every latency figure: "ms"
 * @param runs            per-run results
 * @param acrossRuns      per standard percentile: median of the per-run values with intervals
 * @param pooled          percentiles of the merged histogram of the runs that have one (empty otherwise)
 * @param pooledRuns      how many runs went into {@code pooled}
 * @param throughput      across runs, null when no run has a duration
 * @param errorRate       all runs' errors over all runs' requests, Wilson interval; null without requests
 * @param warnings        warnings of the runs, once each, and notes about missing data
 * @param settings        the settings used
 */
public record CandidateLatencyReport(
        String candidate,
        String unit,
        List<RunLatency> runs,
        List<AcrossRunsSummary> acrossRuns,
        List<PercentileEstimate> pooled,
        int pooledRuns,
        ThroughputSummary throughput,
        ErrorRateEstimate errorRate,
        List<Sentence> warnings,
        StatsSettings settings) {

    public CandidateLatencyReport {
        runs = List.copyOf(runs);
        acrossRuns = List.copyOf(acrossRuns);
        pooled = List.copyOf(pooled);
        warnings = List.copyOf(warnings);
    }
}
