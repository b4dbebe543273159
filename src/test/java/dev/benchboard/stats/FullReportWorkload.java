package dev.benchboard.stats;

import dev.benchboard.stats.common.StatsSettings;
import dev.benchboard.stats.latency.AcrossRunsSummary;
import dev.benchboard.stats.latency.CandidateLatencyReport;
import dev.benchboard.stats.latency.LatencyReports;
import dev.benchboard.stats.latency.LatencyRunInput;
import dev.benchboard.stats.regression.Comparison;
import dev.benchboard.stats.regression.ComparisonInput;
import dev.benchboard.stats.regression.RegressionAnalysis;
import java.util.ArrayList;
import java.util.List;

/**
 * The statistics of a full report, shared by the timing test and the JMH benchmark: every
 * candidate's latency report (per-run percentiles with intervals, pooled percentiles of the merged
 * histograms, across-runs medians with bootstrap intervals, throughput, error rate), then every
 * candidate against the first on all percentiles and throughput (rank tests, Hodges–Lehmann, Holm)
 * plus a single-run P99 bootstrap of the first runs.
 */
public final class FullReportWorkload {

    private FullReportWorkload() {
    }

    public record Result(List<CandidateLatencyReport> reports, List<Comparison> comparisons) {
    }

    public static Result run(List<List<LatencyRunInput>> candidates, StatsSettings settings) {
        List<CandidateLatencyReport> reports = new ArrayList<>();
        for (List<LatencyRunInput> runs : candidates) {
            reports.add(LatencyReports.of("candidate", runs, settings));
        }
        List<Comparison> comparisons = new ArrayList<>();
        CandidateLatencyReport baseline = reports.getFirst();
        for (int c = 1; c < reports.size(); c++) {
            CandidateLatencyReport candidate = reports.get(c);
            List<ComparisonInput> inputs = new ArrayList<>();
            for (int m = 0; m < baseline.acrossRuns().size(); m++) {
                AcrossRunsSummary a = baseline.acrossRuns().get(m);
                AcrossRunsSummary b = candidate.acrossRuns().get(m);
                inputs.add(ComparisonInput.RunValues.of("GET /", a.metric(), "ms", a.perRunValues(), b.perRunValues()));
            }
            inputs.add(ComparisonInput.RunValues.of("GET /", "throughput", "req/s",
                    baseline.throughput().perRunValues(), candidate.throughput().perRunValues()));
            inputs.add(new ComparisonInput.SingleRunHistograms("GET / (run 1)", 99.0,
                    candidates.getFirst().getFirst().histogramMicros(), candidates.get(c).getFirst().histogramMicros()));
            comparisons.add(RegressionAnalysis.compare("baseline", "candidate " + c, inputs, settings));
        }
        return new Result(reports, comparisons);
    }
}
