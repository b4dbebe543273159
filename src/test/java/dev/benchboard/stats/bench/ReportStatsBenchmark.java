package dev.benchboard.stats.bench;

import dev.benchboard.stats.FullReportWorkload;
import dev.benchboard.stats.SyntheticLatencies;
import dev.benchboard.stats.common.StatsSettings;
import dev.benchboard.stats.latency.LatencyPercentiles;
import dev.benchboard.stats.latency.LatencyRunInput;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The statistics of a full report — 6 candidates × 10 runs × 1M-sample latency histograms — against
 * a baseline measured in the same run, so the figure can be quoted as a ratio that does not depend on
 * the machine as much as milliseconds do.
 *
 * <ul>
 *   <li>{@link #fullReport}: {@link FullReportWorkload#run}: per candidate the latency report (per-run
 *       percentiles with order-statistic intervals, pooled percentiles of the merged histograms,
 *       across-runs medians with 2,000-resample bootstrap intervals, throughput, error rate), then each
 *       candidate against the first (Mann-Whitney U, Hodges–Lehmann, Holm on 6 metrics, and a
 *       2,000-resample bootstrap of the single-run P99 difference).</li>
 *   <li>{@link #mergeHistogramsOnly}: the least any report must do with the same data: merge each
 *       candidate's 10 histograms (60 in all) and read the merged P99.</li>
 * </ul>
 *
 * <p>Latencies: log-normal, median 1.5 ms + 0.1 ms per candidate, σ = 0.7, every run an independent
 * sample from a fixed seed (run r of candidate c uses seed 1000·c + r), recorded into HdrHistograms
 * (1 µs … 1 h, 3 significant digits).
 *
 * <p>Run (from the repository root; surefire skips *Benchmark.java, the annotation processor in pom.xml
 * generates the JMH harness at test-compile; {@code java} must be a JDK 25, e.g.
 * /usr/lib/jvm/temurin-25-jdk-amd64/bin/java, the one ./benchboard picks):
 * <pre>
 * ./benchboard mvn -q test-compile -DskipFrontend
 * ./benchboard mvn -q dependency:build-classpath -DskipFrontend -Dmdep.includeScope=test -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.openjdk.jmh.Main ReportStatsBenchmark -wi 3 -i 5 -f 1
 * </pre>
 * or the same classpath with this class's {@link #main} (the same options).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReportStatsBenchmark {

    static final int CANDIDATES = 6;
    static final int RUNS = 10;
    static final int SAMPLES = 1_000_000;

    private List<List<LatencyRunInput>> candidates;
    private final StatsSettings settings = StatsSettings.defaults();

    @Setup(Level.Trial)
    public void generateHistograms() {
        candidates = new ArrayList<>();
        for (int c = 0; c < CANDIDATES; c++) {
            List<LatencyRunInput> runs = new ArrayList<>();
            for (int r = 0; r < RUNS; r++) {
                Histogram histogram = SyntheticLatencies.logNormalMicros(SAMPLES, 1000L * c + r, 1_500 + 100 * c, 0.7);
                runs.add(LatencyRunInput.ofHistogram("run-" + r, histogram, histogram.getTotalCount(), 10 + r,
                        60.0, true));
            }
            candidates.add(runs);
        }
    }

    @Benchmark
    public FullReportWorkload.Result fullReport() {
        return FullReportWorkload.run(candidates, settings);
    }

    @Benchmark
    public long mergeHistogramsOnly() {
        long sum = 0;
        for (List<LatencyRunInput> runs : candidates) {
            sum += LatencyPercentiles.merge(runs.stream().map(LatencyRunInput::histogramMicros).toList())
                    .getValueAtPercentile(99.0);
        }
        return sum;
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(ReportStatsBenchmark.class.getSimpleName()).build()).run();
    }
}
