package dev.benchboard.stats.latency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchboard.evidence.LatencyOrigin;
import dev.benchboard.stats.SyntheticLatencies;
import dev.benchboard.stats.common.StatsSettings;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class LatencyReportsTest {

    @Test
    void combinesHistogramAndReportedRunsAndPassesTheCoordinatedOmissionWarningThrough() {
        Histogram first = SyntheticLatencies.logNormalMicros(50_000, 1, 2_000, 0.5);
        Histogram second = SyntheticLatencies.logNormalMicros(50_000, 2, 2_200, 0.5);
        List<LatencyRunInput> runs = List.of(
                LatencyRunInput.ofHistogram("k6-1", first, 50_000, 50, 10.0, false),
                LatencyRunInput.ofHistogram("k6-2", second, 50_000, 0, 10.0, false),
                LatencyRunInput.ofReported("wrk-1", List.of(
                        new ReportedPercentile(50.0, 2.1, LatencyOrigin.REPORTED),
                        new ReportedPercentile(75.0, 2.9, LatencyOrigin.REPORTED),
                        new ReportedPercentile(99.0, 6.6, LatencyOrigin.REPORTED)), 48_000, 2, 10.0, true)
                        .withTool("wrk", CoordinatedOmission.CORRECTED_BY_WRK));

        CandidateLatencyReport report = LatencyReports.of("gin", runs, StatsSettings.defaults());

        assertThat(report.unit()).isEqualTo("ms");
        // wrk 4.x corrects coordinated omission itself (stats_correct): its tails may be overstated, not understated.
        String wrk = "wrk 4.x is closed-loop but corrects coordinated omission itself (stats_correct adds synthetic samples"
                + " at the expected interval): tails are corrected, if crudely, and may be overstated";
        assertThat(english(report.warnings())).containsExactly(wrk);
        assertThat(report.runs().get(2).warnings().stream().map(dev.benchboard.format.Sentence::english).toList()).containsExactly(wrk);
        assertThat(report.runs().get(0).coordinatedOmission().english()).contains("open-loop");
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

    /** The sentences as the API writes them. */
    private static java.util.List<String> english(java.util.List<dev.benchboard.format.Sentence> sentences) {
        return sentences.stream().map(dev.benchboard.format.Sentence::english).toList();
    }
}
