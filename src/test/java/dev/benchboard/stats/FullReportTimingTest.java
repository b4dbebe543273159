package dev.benchboard.stats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchboard.stats.common.StatsSettings;
import dev.benchboard.stats.latency.LatencyRunInput;
import dev.benchboard.stats.regression.Comparison;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

/**
 * The budget of the task: a full report for 6 candidates × 10 runs × 1M-sample histograms in under
 * 500 ms warm on 2 cores — every candidate's latency report, then every candidate against the first
 * on all percentiles and throughput (rank tests) plus a single-run P99 bootstrap. The budget is
 * asserted on the thread's CPU time, which other processes on a shared machine do not inflate;
 * wall-clock time is printed next to it.
 */
class FullReportTimingTest {

    @Test
    void fullReportForSixCandidatesOfTenMillionSampleRunsIsFast() {
        List<List<LatencyRunInput>> candidates = new ArrayList<>();
        for (int c = 0; c < 6; c++) {
            // One 1M-sample histogram per candidate, copied per run with a few extra samples so runs
            // differ: the statistics cost the same as for independent runs, the set-up far less.
            Histogram base = SyntheticLatencies.logNormalMicros(1_000_000, c, 1_500 + 100 * c, 0.7);
            List<LatencyRunInput> runs = new ArrayList<>();
            for (int r = 0; r < 10; r++) {
                Histogram histogram = base.copy();
                histogram.recordValueWithCount(1_000 + 37L * r, 1 + r);
                runs.add(LatencyRunInput.ofHistogram("run-" + r, histogram, histogram.getTotalCount(), 10, 60.0 + r, true));
            }
            candidates.add(runs);
        }
        StatsSettings settings = StatsSettings.defaults();
        for (int warmUp = 0; warmUp < 3; warmUp++) {
            FullReportWorkload.run(candidates, settings);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long wallStart = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        List<Comparison> comparisons = FullReportWorkload.run(candidates, settings).comparisons();
        long cpuMs = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
        long wallMs = (System.nanoTime() - wallStart) / 1_000_000;
        System.out.println("full report, 6 candidates × 10 runs × 1M samples, warm, one thread: "
                + cpuMs + " ms CPU, " + wallMs + " ms wall");

        assertThat(comparisons).hasSize(5);
        assertThat(comparisons).allSatisfy(c -> assertThat(c.rows()).hasSize(7));
        assertThat(cpuMs).as("warm full-report CPU time").isLessThan(500);
    }
}
