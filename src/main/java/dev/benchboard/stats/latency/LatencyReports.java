package dev.benchboard.stats.latency;

import dev.benchboard.evidence.LatencyOrigin;
import dev.benchboard.format.Sentence;
import dev.benchboard.stats.common.StatsSettings;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.HdrHistogram.AbstractHistogram;

/** Builds a {@link CandidateLatencyReport} from a candidate's runs. */
public final class LatencyReports {

    /** Time blocks of the error-rate interval: the per-second series' own resolution. */
    static final double ERROR_BLOCK_SECONDS = 1.0;

    private LatencyReports() {
    }

    public static CandidateLatencyReport of(String candidate, List<LatencyRunInput> inputs, StatsSettings settings) {
        double confidence = settings.confidenceLevel();
        List<RunLatency> runs = new ArrayList<>(inputs.size());
        List<AbstractHistogram> histograms = new ArrayList<>();
        List<RunThroughput> throughputs = new ArrayList<>();
        Set<Sentence> warnings = new LinkedHashSet<>();
        long requests = 0;
        long errors = 0;
        for (LatencyRunInput input : inputs) {
            List<Sentence> runWarnings = new ArrayList<>();
            // Per tool: wrk corrects its own tails (may overstate), hey/JMeter/k6 closed-loop do not (may understate).
            if (input.coordinatedOmission().warns()) {
                runWarnings.add(input.coordinatedOmission().describe(input.tool()));
            }
            List<PercentileEstimate> percentiles;
            long samples = 0;
            if (input.histogramMicros() != null && input.histogramMicros().getTotalCount() > 0) {
                HistogramRanks ranks = HistogramRanks.of(input.histogramMicros());
                samples = ranks.totalCount();
                percentiles = LatencyPercentiles.ofRanks(ranks, confidence);
                histograms.add(input.histogramMicros());
            } else {
                percentiles = LatencyPercentiles.ofReported(input.reported());
                if (percentiles.isEmpty()) {
                    runWarnings.add(Sentence.of("latency.run.no-latency-data", input.runId()));
                }
            }
            RunThroughput throughput = null;
            if (input.durationSeconds() > 0) {
                throughput = Throughput.perRun(input.requests(), input.durationSeconds(), input.printedRps());
                throughputs.add(throughput);
            } else {
                runWarnings.add(Sentence.of("latency.run.no-duration", input.runId()));
            }
            ErrorRateEstimate errorRate = input.requests() > 0
                    ? ErrorRates.of(input.errors(), input.requests(), input.seconds(), ErrorRateEstimate.TIME_BLOCKS,
                            ERROR_BLOCK_SECONDS, confidence)
                    : null;
            requests += input.requests();
            errors += input.errors();
            warnings.addAll(runWarnings);
            runs.add(new RunLatency(input.runId(), samples, percentiles, throughput, errorRate,
                    input.coordinatedOmission().describe(input.tool()), runWarnings));
        }
        return new CandidateLatencyReport(candidate, LatencyPercentiles.UNIT, runs, acrossRuns(runs, settings),
                histograms.isEmpty() ? List.of() : LatencyPercentiles.pooled(histograms), histograms.size(),
                throughputs.isEmpty() ? null : Throughput.acrossRuns(throughputs, confidence),
                requests > 0 ? candidateErrorRate(inputs, errors, requests, confidence) : null,
                List.copyOf(warnings), settings);
    }

    /**
     * The candidate's error rate over all its runs: when every run has a per-second series, its seconds are
     * the time blocks; otherwise, with several runs, the runs are the units; otherwise Wilson alone.
     */
    private static ErrorRateEstimate candidateErrorRate(List<LatencyRunInput> inputs, long errors, long requests,
                                                        double confidence) {
        boolean allSeries = inputs.stream().filter(i -> i.requests() > 0).allMatch(i -> !i.seconds().isEmpty());
        if (allSeries) {
            List<ErrorCount> blocks = inputs.stream().flatMap(i -> i.seconds().stream()).toList();
            return ErrorRates.of(errors, requests, blocks, ErrorRateEstimate.TIME_BLOCKS, ERROR_BLOCK_SECONDS, confidence);
        }
        List<ErrorCount> runs = inputs.stream().filter(i -> i.requests() > 0)
                .map(i -> new ErrorCount(i.requests(), i.errors())).toList();
        return ErrorRates.of(errors, requests, runs, ErrorRateEstimate.RUNS, null, confidence);
    }

    /** For each standard percentile, the runs that have it (from a histogram or a tool's summary). */
    private static List<AcrossRunsSummary> acrossRuns(List<RunLatency> runs, StatsSettings settings) {
        List<AcrossRunsSummary> summaries = new ArrayList<>();
        for (double percentile : LatencyPercentiles.STANDARD) {
            List<Double> values = new ArrayList<>();
            List<LatencyOrigin> origins = new ArrayList<>();
            for (RunLatency run : runs) {
                find(run, percentile).ifPresent(estimate -> {
                    values.add(estimate.valueMs());
                    origins.add(estimate.origin());
                });
            }
            if (!values.isEmpty()) {
                summaries.add(RepeatedRuns.summarize(PercentileEstimate.labelOf(percentile), LatencyPercentiles.UNIT,
                        origins, values, settings));
            }
        }
        return summaries;
    }

    private static Optional<PercentileEstimate> find(RunLatency run, double percentile) {
        return run.percentiles().stream().filter(p -> p.percentile() == percentile).findFirst();
    }
}
