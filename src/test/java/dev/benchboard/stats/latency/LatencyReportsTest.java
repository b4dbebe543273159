package dev.benchboard.stats.latency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchboard.ingest.model.LatencyOrigin;
import dev.benchboard.stats.common.StatsSettings;
import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class LatencyReportsTest {

    @Test
    void combinesHistogramAndReportedRunsAndPassesTheCoordinatedOmissionWarningThrough() {
        Histogram first = HistogramRanksTest.logNormalMicros(50_000, 1, 2_000, 0.5);
        Histogram second = HistogramRanksTest.logNormalMicros(50_000, 2, 2_200, 0.5);
        List<LatencyRunInput> runs = List.of(
                LatencyRunInput.ofHistogram("k6-1", first, 50_000, 50, 10.0, false),
                LatencyRunInput.ofHistogram("k6-2", second, 50_000, 0, 10.0, false),
                LatencyRunInput.ofReported("wrk-1", List.of(
                        new ReportedPercentile(50.0, 2.1, LatencyOrigin.REPORTED),
                        new ReportedPercentile(75.0, 2.9, LatencyOrigin.REPORTED),
                        new ReportedPercentile(99.0, 6.6, LatencyOrigin.REPORTED)), 48_000, 2, 10.0, true));

        CandidateLatencyReport report = LatencyReports.of("gin", runs, StatsSettings.defaults());

        assertThat(report.unit()).isEqualTo("ms");
        assertThat(report.warnings()).containsExactly(LatencyReports.COORDINATED_OMISSION_WARNING);
        assertThat(report.runs().get(2).warnings()).containsExactly(LatencyReports.COORDINATED_OMISSION_WARNING);
        assertThat(report.runs().get(0).warnings()).isEmpty();
        // The wrk run keeps all of its reported percentiles, origin REPORTED.
        assertThat(report.runs().get(2).percentiles()).extracting(PercentileEstimate::label).containsExactly("P50", "P75", "P99");

        AcrossRunsSummary p99 = report.acrossRuns().stream().filter(s -> s.metric().equals("P99")).findFirst().orElseThrow();
        assertThat(p99.n()).isEqualTo(3);
        assertThat(p99.origins()).containsExactly(LatencyOrigin.HDR_HISTOGRAM, LatencyOrigin.REPORTED);
        assertThat(p99.perRunValues()).containsExactly(
                first.getValueAtPercentile(99.0) / 1000.0, second.getValueAtPercentile(99.0) / 1000.0, 6.6);
        // P99.9 comes only from the two histogram runs.
        AcrossRunsSummary p999 = report.acrossRuns().stream().filter(s -> s.metric().equals("P99.9")).findFirst().orElseThrow();
        assertThat(p999.n()).isEqualTo(2);

        Histogram merged = new Histogram(1, 3_600_000_000L, 3);
        merged.add(first);
        merged.add(second);
        assertThat(report.pooledRuns()).isEqualTo(2);
        assertThat(report.pooled().get(2).valueMs()).isEqualTo(merged.getValueAtPercentile(99.0) / 1000.0);

        assertThat(report.throughput().perRunValues()).containsExactly(5000.0, 5000.0, 4800.0);
        assertThat(report.errorRate().errors()).isEqualTo(52);
        assertThat(report.errorRate().requests()).isEqualTo(148_000);
    }

    @Test
    void sixCandidatesOfTenMillionSampleRunsStayWithinTheTimeBudget() {
        // statistics must stay interactive: 6 candidates × 10 runs × 1M-sample histograms < 500 ms warm
        // on 2 cores. Measured here single-threaded, with a 4× margin for a loaded CI machine.
        List<List<LatencyRunInput>> candidates = new ArrayList<>();
        for (int c = 0; c < 6; c++) {
            // One 1M-sample histogram per candidate, copied per run with a few extra samples so runs
            // differ: the statistics cost the same as for independent runs, the set-up far less.
            Histogram base = HistogramRanksTest.logNormalMicros(1_000_000, c, 1_500 + 100 * c, 0.7);
            List<LatencyRunInput> runs = new ArrayList<>();
            for (int r = 0; r < 10; r++) {
                Histogram histogram = base.copy();
                histogram.recordValueWithCount(1_000 + 37L * r, 1 + r);
                runs.add(LatencyRunInput.ofHistogram("run-" + r, histogram, histogram.getTotalCount(), 10, 60.0, true));
            }
            candidates.add(runs);
        }
        StatsSettings settings = StatsSettings.defaults();
        for (int warmUp = 0; warmUp < 3; warmUp++) {
            candidates.forEach(runs -> LatencyReports.of("warm-up", runs, settings));
        }
        long start = System.nanoTime();
        for (List<LatencyRunInput> runs : candidates) {
            CandidateLatencyReport report = LatencyReports.of("candidate", runs, settings);
            assertThat(report.acrossRuns()).hasSize(5);
        }
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;
        System.out.println("LatencyReports: 6 candidates × 10 runs × 1M samples in " + elapsedMs + " ms (warm)");
        assertThat(elapsedMs).as("warm report time for 6 × 10 × 1M samples").isLessThan(2_000);
    }
}
